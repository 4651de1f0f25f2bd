package org.reportminer.bench;

import java.util.Arrays;

/**
 * Latency figures of one set of requests: count and nearest-rank percentiles, in milliseconds.
 *
 * @param count requests measured
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max slowest
 */
public record LatencySummary(int count, double p50, double p95, double p99, double max) {

  /** The figures of {@code nanos} (latencies in nanoseconds, any order; not modified). */
  public static LatencySummary of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new LatencySummary(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
        millis(percentile(sorted, 99)), millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
  }

  /**
   * The nearest-rank {@code p}th percentile of {@code sorted} (ascending): the smallest value with at
   * least p % of the values at or below it; 0 for no values.
   */
  public static long percentile(long[] sorted, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], not " + p);
    }
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
