package org.reportminer.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable report identifiers: the first 16 hex digits of SHA-256 over the source key (URL, else
 * the file's key, its canonical path relative to a base folder: see {@code pipeline.SourceKeys})
 * and the part number. The same file re-ingested keeps its ids, so a changed file replaces
 * its old reports instead of adding new ones.
 */
public final class ReportId {
  private ReportId() {}

  /** The id of part {@code part} of the document known by {@code sourceKey}. */
  public static String of(String sourceKey, int part) {
    return sha256Hex((sourceKey + "#" + part).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /** Lowercase hex SHA-256 of {@code bytes}. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
