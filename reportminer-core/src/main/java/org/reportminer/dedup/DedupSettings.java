package org.reportminer.dedup;

/**
 * The parameters of duplicate and copy detection, with defaults chosen on the generated ground
 * truth (see {@link DedupEvaluation}).
 *
 * @param shingleK characters per shingle for near-duplicate similarity
 * @param bands LSH bands (band keys per report)
 * @param rows MinHash values per band
 * @param minSimilarity Jaccard similarity of shingle sets at which two reports are near-duplicates
 * @param fingerprintK characters per k-gram for copied-passage fingerprints
 * @param window winnowing window (in k-grams): a shared passage of {@code window + fingerprintK -
 *     1} normalized chars is always detected
 * @param minPassage shortest copied passage reported, in normalized chars
 * @param maxGap largest edit (in normalized chars, on either side) bridged when merging matches
 *     into one passage
 * @param stockShare a fingerprint found in at least this share of the archive's reports is a
 *     stock phrase (套话) …
 * @param stockMinReports … and in at least this many reports
 * @param minStockPhrase shortest run of such fingerprints (normalized chars) that makes a stock
 *     phrase
 * @param maxSources at most this many candidate sources are aligned for one report
 */
public record DedupSettings(
    int shingleK,
    int bands,
    int rows,
    double minSimilarity,
    int fingerprintK,
    int window,
    int minPassage,
    int maxGap,
    double stockShare,
    int stockMinReports,
    int minStockPhrase,
    int maxSources) {

  /** Defaults. */
  public static DedupSettings defaults() {
    return new DedupSettings(5, 40, 5, 0.6, 8, 8, 20, 12, 0.02, 5, 12, 20);
  }

  public DedupSettings {
    if (shingleK < 1 || bands < 1 || rows < 1 || fingerprintK < 1 || window < 1 || maxSources < 1) {
      throw new IllegalArgumentException("sizes must be positive");
    }
    if (minSimilarity <= 0 || minSimilarity > 1) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1], was " + minSimilarity);
    }
  }

  /** The same settings with another similarity threshold. */
  public DedupSettings withMinSimilarity(double s) {
    return new DedupSettings(
        shingleK, bands, rows, s, fingerprintK, window, minPassage, maxGap, stockShare,
        stockMinReports, minStockPhrase, maxSources);
  }
}
