package org.reportminer.spark;

import java.io.Serializable;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.Fingerprint;
import org.reportminer.dedup.Fingerprinter;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.dedup.MinHashLsh;
import org.reportminer.dedup.ShingleSet;
import org.reportminer.dedup.TextNormalizer;
import org.reportminer.model.Report;

/**
 * What the duplicate stage keeps of one report: the core {@link Fingerprinter}'s exact hash,
 * MinHash signature and LSH band keys, and the text for the exact Jaccard check.
 *
 * @param id the report id
 * @param published its publication date (ISO) or null; the earliest report represents a cluster
 * @param exactHash equal for exact duplicates
 * @param signature the MinHash signature
 * @param bandKeys one LSH key per band
 * @param text the report text
 */
record DupKeys(String id, String published, String exactHash, int[] signature, long[] bandKeys, String text)
    implements Serializable {

  /** The keys of {@code report} under {@code settings}. */
  static DupKeys of(Report report, DedupSettings settings) {
    Fingerprint f = new Fingerprinter(settings).fingerprint(report);
    return new DupKeys(report.id(), report.published(), f.exactHash(), f.signature(), f.bandKeys(), report.text());
  }

  /**
   * The similarity the embedded index links two candidates with ({@code IndexedDuplicates}): 0
   * when the MinHash estimate is more than {@link IndexedDuplicates#ESTIMATE_MARGIN} below the
   * threshold, 1 for exact duplicates, else the Jaccard similarity of the shingle sets (0 when
   * their sizes alone rule the threshold out).
   */
  static double similarity(DupKeys a, DupKeys b, DedupSettings settings) {
    double min = settings.minSimilarity();
    if (MinHashLsh.estimate(a.signature, b.signature) < min - IndexedDuplicates.ESTIMATE_MARGIN) {
      return 0;
    }
    if (a.exactHash.equals(b.exactHash)) {
      return 1.0;
    }
    TextNormalizer normalizer = new TextNormalizer();
    ShingleSet sa = ShingleSet.of(normalizer.normalize(a.text).text(), settings.shingleK());
    ShingleSet sb = ShingleSet.of(normalizer.normalize(b.text).text(), settings.shingleK());
    if (sa.jaccardUpperBound(sb) < min) {
      return 0;
    }
    return sa.jaccard(sb);
  }
}
