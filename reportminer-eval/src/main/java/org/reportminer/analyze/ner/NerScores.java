package org.reportminer.analyze.ner;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level precision, recall and F1 per label, strict span match (same start, end and label).
 * A mutable accumulator: not thread-safe; one per evaluation.
 */
public final class NerScores {
  private final Map<NerLabel, int[]> counts = new EnumMap<>(NerLabel.class);

  public NerScores() {
    for (NerLabel l : NerLabel.values()) {
      counts.put(l, new int[3]); // true positives, predicted, gold
    }
  }

  /** Adds one sentence's gold and predicted spans. */
  public void add(List<TaggedSentence.Span> gold, List<TaggedSentence.Span> predicted) {
    Set<TaggedSentence.Span> g = new HashSet<>(gold);
    for (TaggedSentence.Span p : predicted) {
      int[] c = counts.get(p.label());
      c[1]++;
      if (g.contains(p)) {
        c[0]++;
      }
    }
    for (TaggedSentence.Span s : gold) {
      counts.get(s.label())[2]++;
    }
  }

  /** Precision, recall and F1 (0…1) of one label. */
  public double[] prf(NerLabel label) {
    int[] c = counts.get(label);
    return prf(c[0], c[1], c[2]);
  }

  /** Micro-averaged precision, recall and F1 over all labels. */
  public double[] overall() {
    int tp = 0;
    int pred = 0;
    int gold = 0;
    for (int[] c : counts.values()) {
      tp += c[0];
      pred += c[1];
      gold += c[2];
    }
    return prf(tp, pred, gold);
  }

  /** Number of gold entities of a label. */
  public int gold(NerLabel label) {
    return counts.get(label)[2];
  }

  static double[] prf(int tp, int predicted, int gold) {
    double p = predicted == 0 ? 0 : tp / (double) predicted;
    double r = gold == 0 ? 0 : tp / (double) gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }
}
