package org.reportminer.dedup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.reportminer.model.English;
import org.reportminer.model.RecordJson;

/**
 * Renders a {@link CopyReport} for people (text), programs (JSON) and browsers (a self-contained
 * HTML page, see {@link CopyReportHtml}). Stateless and thread-safe.
 */
public final class CopyReportFormat {
  private CopyReportFormat() {}

  /** A plain-text 查重 report. */
  public static String text(CopyReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s  %s%n", r.id(), r.title()));
    sb.append(
        String.format(
            Locale.ROOT,
            "copy ratio %s   largest single source %s   %d chars checked%n",
            pct(r.copyRatio()), pct(r.largestSourceRatio()), r.chars()));
    sb.append(String.format("%nsections%n"));
    for (CopyReport.SectionRatio s : r.sections()) {
      String heading = s.heading().isEmpty() ? "(opening)" : "  ".repeat(Math.max(0, s.level() - 1)) + s.heading();
      sb.append(
          String.format(
              Locale.ROOT, "  %6s  %s%s%n", pct(s.ratio()), heading,
              s.mainSource() == null ? "" : "  ← " + s.mainSource()));
    }
    sb.append(String.format("%nsources%n"));
    if (r.sources().isEmpty()) {
      sb.append(String.format("  (none)%n"));
    }
    for (CopyReport.SourceShare s : r.sources()) {
      sb.append(
          String.format(
              Locale.ROOT, "  %6s  %s  %s  (%d passage%s)  %s%n",
              pct(s.share()), s.id(), s.title(), s.passages(), s.passages() == 1 ? "" : "s",
              s.path() == null ? "" : s.path()));
    }
    sb.append(String.format("%npassages%n"));
    for (CopyReport.CopiedPassage p : r.passages()) {
      sb.append(
          String.format(
              Locale.ROOT, "  [%d,%d) ← %s [%d,%d)  %s  %s%n",
              p.start(), p.end(), p.sourceId(), p.sourceStart(), p.sourceEnd(), pct(p.similarity()),
              abbreviate(p.text())));
    }
    if (!r.stockPhrases().isEmpty()) {
      sb.append(String.format("%nstock phrases (not counted)%n"));
      for (CopyReport.StockPhrase s : r.stockPhrases()) {
        sb.append(
            String.format(Locale.ROOT, "  [%d,%d) in %s  %s%n", s.start(), s.end(),
                English.count(s.reports(), "report"), abbreviate(s.text())));
      }
    }
    return sb.toString();
  }

  /** The report as one JSON object. */
  public static ObjectNode json(CopyReport r) {
    ObjectNode o = RecordJson.mapper().createObjectNode();
    o.put("id", r.id());
    o.put("title", r.title());
    o.put("chars", r.chars());
    o.put("copyRatio", round(r.copyRatio()));
    o.put("largestSourceRatio", round(r.largestSourceRatio()));
    ArrayNode sections = o.putArray("sections");
    for (CopyReport.SectionRatio s : r.sections()) {
      ObjectNode n = sections.addObject();
      n.put("heading", s.heading());
      n.put("level", s.level());
      n.put("start", s.start());
      n.put("end", s.end());
      n.put("ratio", round(s.ratio()));
      n.put("mainSource", s.mainSource());
    }
    ArrayNode sources = o.putArray("sources");
    for (CopyReport.SourceShare s : r.sources()) {
      ObjectNode n = sources.addObject();
      n.put("id", s.id());
      n.put("title", s.title());
      n.put("path", s.path());
      n.put("share", round(s.share()));
      n.put("passages", s.passages());
    }
    ArrayNode passages = o.putArray("passages");
    for (CopyReport.CopiedPassage p : r.passages()) {
      ObjectNode n = passages.addObject();
      n.put("sourceId", p.sourceId());
      n.put("start", p.start());
      n.put("end", p.end());
      n.put("sourceStart", p.sourceStart());
      n.put("sourceEnd", p.sourceEnd());
      n.put("similarity", round(p.similarity()));
      n.put("text", p.text());
      n.put("sourceText", p.sourceText());
    }
    ArrayNode stock = o.putArray("stockPhrases");
    for (CopyReport.StockPhrase s : r.stockPhrases()) {
      ObjectNode n = stock.addObject();
      n.put("text", s.text());
      n.put("start", s.start());
      n.put("end", s.end());
      n.put("reports", s.reports());
    }
    return o;
  }

  static String pct(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 60 ? one : one.substring(0, 28) + " … " + one.substring(one.length() - 28);
  }
}
