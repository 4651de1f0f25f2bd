package org.reportminer.search;

/**
 * How strongly two names go together across reports, from a 2×2 table of report counts: Dunning's
 * log-likelihood ratio G² (which discounts names that are merely frequent everywhere and does not
 * blow up on rare pairs as PMI does) and pointwise mutual information for reading. Pure functions.
 */
public final class AssociationMeasure {
  private AssociationMeasure() {}

  /**
   * G² = 2 Σ O·ln(O/E) over the four cells of the table (0·ln 0 = 0).
   *
   * @param both reports naming both
   * @param first reports naming the first name
   * @param second reports naming the second name
   * @param all reports in the archive
   */
  public static double logLikelihood(long both, long first, long second, long all) {
    double[] observed = {both, first - both, second - both, all - first - second + both};
    double[] expected = {
      (double) first * second / all,
      (double) first * (all - second) / all,
      (double) (all - first) * second / all,
      (double) (all - first) * (all - second) / all
    };
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      if (observed[i] > 0 && expected[i] > 0) {
        sum += observed[i] * Math.log(observed[i] / expected[i]);
      }
    }
    return Math.max(0, 2 * sum);
  }

  /** Reports expected to name both if the names were independent: first·second/all. */
  public static double expected(long first, long second, long all) {
    return (double) first * second / all;
  }

  /** Pointwise mutual information log2(both·all / (first·second)); negative infinity for 0. */
  public static double pmi(long both, long first, long second, long all) {
    if (both == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return Math.log((double) both * all / ((double) first * second)) / Math.log(2);
  }
}
