package org.reportminer.pipeline;

import java.util.Map;

/**
 * The counters of one ingest run, printed at its end.
 *
 * @param documents input documents seen (after expanding directories and archives)
 * @param indexed documents extracted, analyzed and indexed in this run
 * @param reports reports written in this run
 * @param replaced of {@code indexed}, documents that replaced reports from an earlier version
 * @param unchanged documents skipped because the index has them with the same SHA-256
 * @param failed documents and inputs that failed (each also in the failures log)
 * @param deleted documents whose reports were removed by {@code --delete-missing}
 * @param failuresByStage {@code failed} split by stage (read, extract, analyze, index)
 */
public record IngestSummary(
    int documents,
    int indexed,
    int reports,
    int replaced,
    int unchanged,
    int failed,
    int deleted,
    Map<String, Integer> failuresByStage) {

  public IngestSummary {
    failuresByStage = Map.copyOf(failuresByStage);
  }
}
