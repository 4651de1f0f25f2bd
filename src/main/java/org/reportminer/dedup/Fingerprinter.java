package org.reportminer.dedup;

import java.nio.charset.StandardCharsets;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;

/**
 * Computes the {@link Fingerprint} of a report: normalize ({@link TextNormalizer}), hash the
 * normalized text, shingle it, MinHash + band it, and winnow its k-grams. Immutable and
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
    long[] bands = lsh.bandKeys(lsh.signature(shingleHashes));
    Winnowing.Fingerprints fps =
        winnowing.select(KGrams.hashes(n.text(), settings.fingerprintK()));
    return new Fingerprint(report, n, exactHash(n.text()), shingles, bands, fps);
  }

  /** Hex SHA-256 of normalized text. */
  public static String exactHash(String normalizedText) {
    return ReportId.sha256Hex(normalizedText.getBytes(StandardCharsets.UTF_8));
  }

  /** The exact-duplicate hash of a raw text (normalized first). */
  public String exactHashOf(String text) {
    return exactHash(normalizer.normalize(text).text());
  }
}
