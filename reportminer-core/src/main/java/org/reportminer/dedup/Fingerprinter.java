package org.reportminer.dedup;

import org.reportminer.index.ExactDuplicateHash;
import org.reportminer.model.Report;

/**
 * Computes the {@link Fingerprint} of a report: the index's exact-duplicate key ({@link
 * ExactDuplicateHash}), then, over the text normalized by {@link TextNormalizer}, the shingle set,
 * MinHash band keys and winnowing fingerprints. Immutable and
 * thread-safe.
 */
public final class Fingerprinter {
  private final DedupSettings settings;
  private final TextNormalizer normalizer = new TextNormalizer();
  private final MinHashLsh lsh;
  private final Winnowing winnowing;

  public Fingerprinter(DedupSettings settings) {
    this.settings = settings;
    this.lsh = new MinHashLsh(settings.bands(), settings.rows());
    this.winnowing = new Winnowing(settings.window());
  }

  /** The settings in use. */
  public DedupSettings settings() {
    return settings;
  }

  /** The fingerprint of {@code report}. */
  public Fingerprint fingerprint(Report report) {
    NormalizedText n = normalizer.normalize(report.text());
    long[] shingleHashes = KGrams.hashes(n.text(), settings.shingleK());
    ShingleSet shingles = ShingleSet.fromKGramHashes(shingleHashes);
    int[] signature = lsh.signature(shingleHashes);
    long[] bands = lsh.bandKeys(signature);
    Winnowing.Fingerprints fps =
        winnowing.select(KGrams.hashes(n.text(), settings.fingerprintK()));
    return new Fingerprint(report, n, ExactDuplicateHash.of(report.text()), shingles, bands, signature, fps);
  }
}
