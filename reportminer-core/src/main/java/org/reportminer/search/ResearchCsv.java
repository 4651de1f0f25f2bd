package org.reportminer.search;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reportminer.index.Facet;

/**
 * The research views as CSV in the format of {@code search --format csv}: UTF-8 with a byte-order
 * mark (Excel opens it as UTF-8), RFC 4180 quoting, CRLF, and cells starting with {@code = + - @}
 * defused with an apostrophe. No state.
 */
public final class ResearchCsv {
  /** Row label of reports without a publication date. */
  public static final String UNDATED = "no date";
  /** Row label of reports dated more coarsely than a bucket. */
  public static final String COARSER = "date coarser than bucket";

  private ResearchCsv() {}

  /** One row per bucket, one column per series, then the undated and coarser rows. */
  public static void timeline(Timeline t, Writer out) throws IOException {
    List<String> header = new ArrayList<>();
    header.add(t.by().key());
    for (Timeline.Series s : t.series()) {
      header.add(ResearchText.seriesName(s));
    }
    CSVPrinter csv = printer(out, header);
    for (int b = 0; b < t.buckets().size(); b++) {
      List<Object> row = new ArrayList<>();
      row.add(t.buckets().get(b));
      for (Timeline.Series s : t.series()) {
        row.add(s.count(b));
      }
      csv.printRecord(row);
    }
    List<Object> undated = new ArrayList<>(List.of(UNDATED));
    List<Object> coarser = new ArrayList<>(List.of(COARSER));
    for (Timeline.Series s : t.series()) {
      undated.add(s.undated());
      coarser.add(s.coarser());
    }
    csv.printRecord(undated);
    csv.printRecord(coarser);
    csv.flush();
  }

  /** One row per line of the page. */
  public static void concordance(Concordance c, Writer out) throws IOException {
    CSVPrinter csv = printer(out,
        List.of("id", "published", "title", "start", "end", "left", "match", "right"));
    for (ConcordanceLine l : c.lines()) {
      csv.printRecord(l.id(), cell(l.published()), cell(l.title()), l.start(), l.end(),
          cell(l.left()), cell(l.match()), cell(l.right()));
    }
    csv.flush();
  }

  /** One row per associated name, kinds in turn, strongest first. */
  public static void entity(EntityProfile p, Writer out) throws IOException {
    CSVPrinter csv = printer(out,
        List.of("type", "name", "together", "reports", "expected", "g2", "pmi"));
    for (Facet kind : EntityProfiler.KINDS) {
      for (Association a : p.associations().getOrDefault(kind, List.of())) {
        csv.printRecord(kind.dim(), cell(a.value()), a.together(), a.reports(),
            number(a.expected()), number(a.logLikelihood()), number(a.pmi()));
      }
    }
    csv.flush();
  }

  private static CSVPrinter printer(Writer out, List<String> header) throws IOException {
    out.write('\uFEFF');
    String[] cells = header.stream().map(ResearchCsv::cell).toArray(String[]::new);
    return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(cells).get());
  }

  private static String cell(String s) {
    return ResultFormat.cell(s);
  }

  private static String number(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
