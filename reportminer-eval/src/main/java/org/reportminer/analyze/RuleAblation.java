package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportminer.analyze.ner.NerCorpus;
import org.reportminer.analyze.ner.NerLabel;
import org.reportminer.analyze.ner.TaggedSentence;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.nlp.DomainLexicon;

/**
 * What each {@link RuleFamily} pays: the analysis with the default families, then with each
 * family switched in turn (on when it is off by default, off when it is on), scored on every
 * independent set, as F1 changes against the default. Public dev splits are scored per document
 * (distinct names, {@link AnalysisNerEvaluation}) and per sentence (all types); the real reports'
 * development half per report (distinct names, {@link AnalysisEvaluation}). The test half is
 * never part of an ablation: its errors are not read while choosing rules.
 */
public final class RuleAblation {
  private static final NerLabel[] LABELS = {NerLabel.ORG, NerLabel.PERSON, NerLabel.PLACE};
  private static final AnalysisEvaluation.Field[] FIELDS = {
    AnalysisEvaluation.Field.ORGANIZATIONS, AnalysisEvaluation.Field.PERSONS, AnalysisEvaluation.Field.PLACES
  };

  /** F1 per column of one configuration. */
  private record Row(String name, boolean onByDefault, double[] f1) {}

  private final Map<NerCorpus, List<TaggedSentence>> splits;
  private final List<AnalyzedReport> realDev;

  /**
   * An ablation over {@code splits} (public dev splits) and {@code realDev} (the real reports'
   * development half; may be empty).
   */
  public RuleAblation(Map<NerCorpus, List<TaggedSentence>> splits, List<AnalyzedReport> realDev) {
    this.splits = splits;
    this.realDev = realDev;
  }

  /** Runs every configuration and returns the Markdown table. */
  public String markdown() {
    Set<RuleFamily> defaults = RuleFamily.defaults();
    Row base = row("default", false, defaults);
    List<Row> rows = new ArrayList<>();
    for (RuleFamily f : RuleFamily.values()) {
      Set<RuleFamily> s = EnumSet.noneOf(RuleFamily.class);
      s.addAll(defaults);
      boolean on = defaults.contains(f);
      if (on) {
        s.remove(f);
      } else {
        s.add(f);
      }
      rows.add(row(f.name(), on, s));
    }
    rows.add(row("every family", false, RuleFamily.all()));
    StringBuilder sb = new StringBuilder();
    sb.append("| family | switched |");
    List<String> columns = columns();
    columns.forEach(c -> sb.append(' ').append(c).append(" |"));
    sb.append("\n|---|---|").append("---:|".repeat(columns.size())).append('\n');
    sb.append("| default (F1) | — |");
    for (double v : base.f1()) {
      sb.append(String.format(Locale.ROOT, " %.3f |", v));
    }
    sb.append('\n');
    for (Row r : rows) {
      sb.append("| ").append(r.name()).append(" | ").append(r.name().equals("every family") ? "all on" : r.onByDefault() ? "off" : "on").append(" |");
      for (int k = 0; k < r.f1().length; k++) {
        sb.append(String.format(Locale.ROOT, " %+.3f |", r.f1()[k] - base.f1()[k]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private List<String> columns() {
    List<String> out = new ArrayList<>();
    for (NerCorpus c : splits.keySet()) {
      for (NerLabel l : LABELS) {
        out.add(c.displayName() + " doc " + l.nature());
      }
      out.add(c.displayName() + " sent all");
    }
    if (!realDev.isEmpty()) {
      for (NerLabel l : LABELS) {
        out.add("real dev " + l.nature());
      }
    }
    return out;
  }

  private Row row(String name, boolean onByDefault, Set<RuleFamily> families) {
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults().withRules(families));
    AnalysisNerEvaluation.System system = AnalysisNerEvaluation.analysis(name, analyzer);
    List<Double> f1 = new ArrayList<>();
    for (List<TaggedSentence> dev : splits.values()) {
      AnalysisNerEvaluation.Scores doc = AnalysisNerEvaluation.perDocument(system, dev);
      for (NerLabel l : LABELS) {
        f1.add(doc.f1(l));
      }
      f1.add(AnalysisNerEvaluation.perSentence(system, dev).all().f1());
    }
    if (!realDev.isEmpty()) {
      AnalysisEvaluation.Result r =
          new AnalysisEvaluation(analyzer::analyze, DomainLexicon.shipped()).evaluate(realDev);
      for (AnalysisEvaluation.Field f : FIELDS) {
        f1.add(r.ours().get(f).f1());
      }
    }
    return new Row(name, onByDefault, f1.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
