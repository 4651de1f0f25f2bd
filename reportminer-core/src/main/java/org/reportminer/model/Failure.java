package org.reportminer.model;

/**
 * A document that could not be processed, as written to the failures log (one JSON line each).
 *
 * @param path the input path (archive members as {@code archive.zip!/member})
 * @param sha256 hex SHA-256 of the bytes read, or null when the file could not be read at all
 * @param stage the stage that failed: read, extract, analyze or index
 * @param reason one clear line saying what was wrong ("truncated PDF: …", "empty file")
 */
public record Failure(String path, String sha256, String stage, String reason) {

  /** The one-line message printed on stderr. */
  public String message() {
    return path + ": " + stage + " failed: " + reason;
  }
}
