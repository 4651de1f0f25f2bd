package org.reportminer.model;

/**
 * A document that could not be processed, as written to the failures log (one JSON line each),
 * or, with stage {@value #CHARSET}, a page that was indexed although its decoding is doubtful
 * (a warning in the same log, never retried).
 *
 * @param path the input path (archive members as {@code archive.zip!/member})
 * @param sha256 hex SHA-256 of the bytes read, or null when the file could not be read at all
 * @param stage the stage that failed: read, extract, analyze or index; or {@value #CHARSET}
 * @param reason one clear line saying what was wrong ("truncated PDF: …", "empty file")
 */
public record Failure(String path, String sha256, String stage, String reason) {

  /** The stage of a warning: the page was indexed, but its decoding is doubtful. */
  public static final String CHARSET = "charset";

  /** Whether this is a warning about an indexed page ({@value #CHARSET}) rather than a failure. */
  public boolean warning() {
    return CHARSET.equals(stage);
  }

  /** The one-line message printed on stderr. */
  public String message() {
    if (warning()) {
      return path + ": warning: doubtful decoding, reports kept: " + reason;
    }
    return path + ": " + stage + " failed: " + reason;
  }
}
