package org.reportminer.eval;

import java.util.List;
import java.util.Locale;
import org.reportminer.extract.CleaningRule;

/** The ablation table: our figures on the real pages with each cleaning rule switched off in turn. */
public final class Ablation {
  private Ablation() {}

  /**
   * One row.
   *
   * @param off the rule switched off, or null for all rules on
   * @param totals the figures with that rule off
   */
  public record Row(CleaningRule off, RealPageEvaluation.Totals totals) {}

  /**
   * Markdown, the first row (all rules on) as the baseline of the Δ columns. A page counts as
   * changed when its found body probes, leaked probes, title or date score changed.
   */
  public static String markdown(List<Row> rows) {
    RealPageEvaluation.Totals base = rows.get(0).totals();
    StringBuilder b = new StringBuilder();
    b.append("| rule switched off | body recall | Δ | boilerplate leak | Δ | title | published | pages with no report"
        + " | pages changed (sites) |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      RealPageEvaluation.Totals t = r.totals();
      int changed = 0;
      java.util.Set<String> sites = new java.util.HashSet<>();
      for (int i = 0; i < t.scores().size(); i++) {
        RealPageEvaluation.PageScore x = t.scores().get(i);
        RealPageEvaluation.PageScore y = base.scores().get(i);
        if (x.leaked().size() != y.leaked().size() || x.missedBody().size() != y.missedBody().size()
            || x.titleRight() != y.titleRight() || x.publishedRight() != y.publishedRight()) {
          changed++;
          sites.add(x.gold().site() == null ? x.gold().id() : x.gold().site());
        }
      }
      b.append(String.format(Locale.ROOT, "| %s | %.3f | %s | %.3f | %s | %.3f | %.3f | %d | %s |%n",
          r.off() == null ? "(none: all rules on)" : "`" + r.off() + "`",
          t.bodyRecall(), r.off() == null ? "" : delta(t.bodyRecall() - base.bodyRecall()),
          t.leak(), r.off() == null ? "" : delta(t.leak() - base.leak()),
          t.title(), t.published(), t.noReport(), r.off() == null ? "" : changed + " (" + sites.size() + ")"));
    }
    return b.toString();
  }

  private static String delta(double d) {
    return Math.abs(d) < 0.0005 ? "0" : String.format(Locale.ROOT, "%+.3f", d);
  }
}
