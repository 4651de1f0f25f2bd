package org.reportminer.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.English;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;

/**
 * The export formats of {@code search}: text for people, JSON Lines for programs, CSV for
 * spreadsheets. Each writes a whole {@link SearchResult}. Thread-safe, no state.
 *
 * <ul>
 *   <li>TEXT: a header line with the totals, then per hit (partial matches after a separator line) its rank, title, date, source, id,
 *       organizations and snippets with hits in 【】; facet counts at the end.
 *   <li>JSON: one line per hit ({@link SearchJson#hit}), then one summary line ({@link
 *       SearchJson#summary}: it has {@code totalHits} and no {@code id}).
 *   <li>CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), RFC 4180 quoting and CRLF
 *       line ends, one row per hit; cells that a spreadsheet would run as a formula (starting
 *       with = + - @) are prefixed with an apostrophe.
 * </ul>
 */
public enum ResultFormat {
  TEXT {
    @Override
    public void write(SearchResult r, Writer out) throws IOException {
      PrintWriter p = new PrintWriter(out);
      SearchRequest q = r.request();
      String what = q.hasQuery() ? q.query().strip() : "";
      if (q.likeId() != null) {
        what = (what.isEmpty() ? "" : what + " ") + "like " + q.likeId();
      }
      p.printf("%s %s %s", English.count(r.totalHits(), "report"),
          English.verb(r.totalHits(), "match", "matches"), what.isEmpty() ? "the filters" : what);
      if (r.partialHits() > 0) {
        p.printf("; %d more %s some of its words", r.partialHits(),
            English.verb(r.partialHits(), "match", "matches"));
      }
      if (r.totalHits() + r.partialHits() > 0) {
        p.printf(" (page %d of %d)", q.page(), r.pages());
      }
      p.println();
      boolean partialShown = false;
      for (Hit h : r.hits()) {
        Report rep = h.report().report();
        p.println();
        if (h.partial() && !partialShown) {
          p.println("-- partial matches (some of the words) --");
          p.println();
          partialShown = true;
        }
        p.printf("%d. %s  %s%n", h.rank(), Marked.mark(nonNull(rep.title()), 0, h.titleHits()),
            rep.published() == null ? "(no date)" : rep.published());
        p.printf("   %s%s  id %s%n", source(rep),
            rep.source().parts() > 1
                ? " (part " + rep.source().part() + " of " + rep.source().parts() + ")" : "",
            rep.id());
        if (!h.report().organizations().isEmpty()) {
          p.printf("   organizations: %s%n", String.join("、", h.report().organizations()));
        }
        for (Snippet s : h.snippets()) {
          p.printf("   %s%n", Marked.snippet(s, rep.text().length()));
        }
      }
      if (!r.facets().isEmpty()) {
        p.println();
        for (FacetCounts f : r.facets()) {
          List<String> values = new ArrayList<>();
          for (FacetCounts.Value v : f.values()) {
            values.add(v.value() + " (" + v.count() + ")");
          }
          p.printf("%s: %s%n", f.dim(), String.join(" · ", values));
        }
      }
      p.flush();
    }
  },

  JSON {
    @Override
    public void write(SearchResult r, Writer out) throws IOException {
      for (Hit h : r.hits()) {
        out.write(RecordJson.line(SearchJson.hit(h)));
        out.write('\n');
      }
      ObjectNode summary = SearchJson.summary(r);
      out.write(RecordJson.line(summary));
      out.write('\n');
      out.flush();
    }
  },

  CSV {
    /** Column names of the CSV export, in order. */
    private final String[] header = {
      "rank", "id", "score", "partial", "published", "title", "source", "url", "part", "parts",
      "organizations", "places", "persons", "themes", "category", "snippets"
    };

    @Override
    public void write(SearchResult r, Writer out) throws IOException {
      out.write('\uFEFF');
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
      CSVPrinter csv = new CSVPrinter(out, format);
      for (Hit h : r.hits()) {
        AnalyzedReport a = h.report();
        Report rep = a.report();
        List<String> snippets = new ArrayList<>();
        for (Snippet s : h.snippets()) {
          snippets.add(Marked.snippet(s, rep.text().length()));
        }
        csv.printRecord(
            h.rank(),
            rep.id(),
            String.format(Locale.ROOT, "%.4f", h.score()),
            h.partial(),
            cell(rep.published()),
            cell(rep.title()),
            cell(rep.source().path()),
            cell(rep.source().url()),
            rep.source().part(),
            rep.source().parts(),
            cell(String.join("; ", a.organizations())),
            cell(String.join("; ", a.places())),
            cell(String.join("; ", a.persons())),
            cell(String.join("; ", a.themes())),
            cell(String.join(" > ", rep.category())),
            cell(String.join(" | ", snippets)));
      }
      csv.flush();
    }
  };

  /** Writes {@code result} to {@code out} (which is flushed, not closed). */
  public abstract void write(SearchResult result, Writer out) throws IOException;

  /** The format named {@code name} ("text", "json", "csv"), case-insensitive. */
  public static ResultFormat byName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static String source(Report r) {
    return r.source().url() != null ? r.source().url() : nonNull(r.source().path());
  }

  /** A text cell that no spreadsheet runs as a formula. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
