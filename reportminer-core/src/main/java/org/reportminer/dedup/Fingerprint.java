package org.reportminer.dedup;

import org.reportminer.model.Report;

/**
 * Everything duplicate and copy detection needs to know about one report, computed once by
 * {@link Fingerprinter}: its normalized text (with offsets back to the report text), the exact
 * hash, the shingle set for similarity, the LSH band keys for near-duplicate candidates and the
 * winnowing fingerprints for copied passages. Immutable.
 *
 * @param report the report
 * @param normalized the normalized text
 * @param exactHash the index's exact-duplicate key (ExactDuplicateHash): equal for exact duplicates
 * @param shingles the shingle set (near-duplicate verification)
 * @param bandKeys LSH band keys (near-duplicate candidates)
 * @param signature the MinHash signature the band keys were made from (a cheap similarity
 *     estimate, {@link MinHashLsh#estimate})
 * @param fingerprints winnowing fingerprints over the normalized text (copied passages)
 */
public record Fingerprint(
    Report report,
    NormalizedText normalized,
    String exactHash,
    ShingleSet shingles,
    long[] bandKeys,
    int[] signature,
    Winnowing.Fingerprints fingerprints) {

  /** The report's id. */
  public String id() {
    return report.id();
  }
}
