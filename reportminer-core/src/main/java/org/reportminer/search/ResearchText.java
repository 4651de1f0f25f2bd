package org.reportminer.search;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.reportminer.index.Facet;

/**
 * The research views as text for a terminal: a timeline as a table with one column per query, a
 * concordance as aligned keyword-in-context lines (the match in 【】, line breaks in the context
 * shown as spaces), an entity page as its counts and ranked lists. No state.
 */
public final class ResearchText {
  /** Name of the series of every report the filters let through (no query). */
  public static final String ALL_REPORTS = "all reports";

  private ResearchText() {}

  /** The column name of series {@code s}. */
  public static String seriesName(Timeline.Series s) {
    return s.query() == null ? ALL_REPORTS : s.query();
  }

  /** The timeline as a table: buckets down, queries across, then undated, coarser and total. */
  public static void timeline(Timeline t, PrintWriter out) {
    List<Timeline.Series> series = t.series();
    int labelWidth = Math.max(ResearchCsv.COARSER.length(),
        t.buckets().stream().mapToInt(String::length).max().orElse(0));
    StringBuilder head = new StringBuilder(pad(t.by().key(), labelWidth));
    int[] widths = new int[series.size()];
    for (int i = 0; i < series.size(); i++) {
      String name = seriesName(series.get(i));
      widths[i] = Math.max(8, displayWidth(name));
      head.append("  ").append(padLeft(name, widths[i]));
    }
    out.println(head.toString().stripTrailing());
    for (int b = 0; b < t.buckets().size(); b++) {
      final int bucket = b;
      out.println(row(t.buckets().get(b), labelWidth, widths, series, s -> s.count(bucket)));
    }
    out.println(row(ResearchCsv.UNDATED, labelWidth, widths, series, Timeline.Series::undated));
    out.println(row(ResearchCsv.COARSER, labelWidth, widths, series, Timeline.Series::coarser));
    out.println(row("total", labelWidth, widths, series, Timeline.Series::total));
    out.flush();
  }

  private static String row(String label, int labelWidth, int[] widths,
      List<Timeline.Series> series, java.util.function.ToLongFunction<Timeline.Series> value) {
    StringBuilder sb = new StringBuilder(pad(label, labelWidth));
    for (int i = 0; i < series.size(); i++) {
      sb.append("  ").append(padLeft(String.valueOf(value.applyAsLong(series.get(i))), widths[i]));
    }
    return sb.toString();
  }

  /** A header line, then one aligned line per occurrence with its report id and date. */
  public static void concordance(Concordance c, PrintWriter out) {
    ConcordanceRequest r = c.request();
    out.println(c.totalLines() + (c.totalLines() == 1 ? " occurrence" : " occurrences") + " of "
        + r.search().query() + " in " + c.reports() + (c.reports() == 1 ? " report" : " reports")
        + (c.truncated() ? " (only the newest matching reports were read)" : "")
        + ", sorted by " + r.sort().key() + " (page " + r.page() + " of " + c.pages() + ")");
    if (!c.lines().isEmpty()) {
      out.println();
    }
    for (ConcordanceLine l : c.lines()) {
      String left = flat(l.left());
      String right = flat(l.right());
      int pad = r.width() * 2 - displayWidth(left);
      out.println(" ".repeat(Math.max(0, pad)) + left + "【" + flat(l.match()) + "】"
          + right + " ".repeat(Math.max(0, r.width() * 2 - displayWidth(right)))
          + "  " + l.id() + " " + (l.published() == null ? "(no date)" : l.published()));
    }
    out.flush();
  }

  /** The entity's counts, its reports per bucket, and its associated names per kind. */
  public static void entity(EntityProfile p, EntityRequest request, PrintWriter out) {
    out.println(p.facet().dim() + " " + p.name() + ": named in " + p.reports() + " of "
        + p.archive() + " reports");
    out.println();
    timeline(p.timeline(), out);
    out.println();
    out.println("named in the same reports, ranked by log-likelihood G2 (at least "
        + request.minCount() + " shared " + (request.minCount() == 1 ? "report" : "reports") + ")");
    for (Facet kind : EntityProfiler.KINDS) {
      List<Association> list = p.associations().getOrDefault(kind, List.of());
      out.println();
      out.println(kind.dim() + (list.isEmpty() ? ": none" : ""));
      for (Association a : list) {
        out.println(String.format(Locale.ROOT, "  %8.2f  %3d of %-3d  %s", a.logLikelihood(),
            a.together(), a.reports(), a.value()));
      }
    }
    out.flush();
  }

  /** Line breaks, tabs and other control characters as spaces. */
  static String flat(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        sb.append(' ');
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  /** Terminal columns of {@code s}: two for wide East Asian characters, one for the rest. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - displayWidth(s)));
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - displayWidth(s))) + s;
  }
}
