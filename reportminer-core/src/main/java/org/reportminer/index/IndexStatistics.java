package org.reportminer.index;

import java.util.Map;

/**
 * What an index holds, as shown by {@code reportminer stats}.
 *
 * @param reports reports in the index
 * @param pages distinct source pages (a page split into three reports counts once)
 * @param inputs distinct input documents (files, archive members, WARC records)
 * @param exactDuplicates reports whose normalized text equals that of another report, not
 *     counting the first of each group (so {@code reports - exactDuplicates} are distinct)
 * @param exactDuplicateGroups groups of two or more reports with the same normalized text
 * @param failures documents in the failures log of the latest run
 * @param failuresByReason {@code failures} by stage and reason ("extract: too large")
 * @param charsetWarnings pages of the latest run indexed with a doubtful decoding ({@code
 *     charset} lines of the failures log, which are warnings, not failures)
 * @param sizeBytes size of the Lucene index on disk
 */
public record IndexStatistics(
    long reports,
    long pages,
    long inputs,
    long exactDuplicates,
    long exactDuplicateGroups,
    long failures,
    Map<String, Long> failuresByReason,
    long charsetWarnings,
    long sizeBytes) {

  public IndexStatistics {
    failuresByReason = Map.copyOf(failuresByReason);
  }
}
