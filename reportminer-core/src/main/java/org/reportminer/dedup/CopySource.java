package org.reportminer.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive as copy detection sees it: which reports contain a fingerprint, how common a
 * fingerprint is, and the fingerprint of any report. Implemented in memory ({@link
 * InMemoryCopySource}) and over the Lucene index. Implementations are safe for concurrent reads.
 */
public interface CopySource {

  /** Number of reports in the archive. */
  int reportCount();

  /** Ids of the reports whose winnowing fingerprints include {@code hash}. */
  List<String> reportsWith(long hash);

  /**
   * For each report sharing at least {@code atLeast} of {@code hashes} (distinct hashes), how many
   * it shares. The default counts {@link #reportsWith} per hash; an index can count by document
   * and read ids only for the reports that pass.
   */
  default Map<String, Integer> reportsSharing(List<Long> hashes, int atLeast) {
    Map<String, Integer> shared = new HashMap<>();
    for (long h : hashes) {
      for (String id : reportsWith(h)) {
        shared.merge(id, 1, Integer::sum);
      }
    }
    shared.values().removeIf(n -> n < atLeast);
    return shared;
  }

  /** Number of reports whose fingerprints include {@code hash}. */
  int documentFrequency(long hash);

  /** The fingerprint of a report in the archive, or null when the id is unknown. */
  Fingerprint fingerprint(String id);
}
