package org.reportminer.search;

import java.util.List;

/**
 * Matching reports per date bucket, one series per query: the answer of {@link TimelineCounter}.
 * The buckets run without gaps from the first to the last bucket any series has a report in
 * (unless that would be more than {@link TimelineCounter#MAX_FILLED_BUCKETS}; then only buckets
 * with reports are listed and {@code gapless} is false).
 *
 * @param by the bucket width
 * @param buckets bucket labels in time order (2023, 2023-Q2, 2023-04)
 * @param series one per query, counts aligned with {@code buckets}
 * @param gapless true when every bucket between the first and the last is listed
 */
public record Timeline(DateBucket by, List<String> buckets, List<Series> series, boolean gapless) {
  public Timeline {
    buckets = List.copyOf(buckets);
    series = List.copyOf(series);
  }

  /**
   * One query's counts.
   *
   * @param query the query, or null for every report the filters let through
   * @param counts reports per bucket, aligned with the timeline's buckets
   * @param total all matching reports, dated or not
   * @param undated matching reports without a publication date
   * @param coarser matching reports whose date is known only more coarsely than a bucket (a
   *     year-only date on a month or quarter timeline, a month on a quarter timeline never
   *     happens: a month lies in one quarter)
   */
  public record Series(String query, long[] counts, long total, long undated, long coarser) {
    public Series {
      counts = counts.clone();
    }

    @Override
    public long[] counts() {
      return counts.clone();
    }

    /** The count of bucket {@code i}. */
    public long count(int i) {
      return counts[i];
    }
  }
}
