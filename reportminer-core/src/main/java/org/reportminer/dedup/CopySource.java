package org.reportminer.dedup;

import java.util.List;

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

  /** Number of reports whose fingerprints include {@code hash}. */
  int documentFrequency(long hash);

  /** The fingerprint of a report in the archive, or null when the id is unknown. */
  Fingerprint fingerprint(String id);
}
