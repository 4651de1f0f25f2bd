package org.reportminer.model;

/**
 * A document that could not be processed, as written to the failures log (one JSON line each),
 * or, with stage {@link Stage#CHARSET}, a page that was indexed although its decoding is doubtful
 * (a warning in the same log, never retried).
 *
 * @param path the input path (archive members as {@code archive.zip!/member})
 * @param sha256 hex SHA-256 of the bytes read, or null when the file could not be read at all
 * @param stage the stage that failed, or {@link Stage#CHARSET} for a warning
 * @param reason one clear line saying what was wrong ("truncated PDF: …", "empty file")
 */
public record Failure(String path, String sha256, Stage stage, String reason) {

  /** Where a document failed; written in lower case in the failures log ("extract"). */
  public enum Stage {
    /** Reading its bytes (a file that is gone or unreadable). */
    READ,
    /** Extraction: a format, size or content the extractor refuses. */
    EXTRACT,
    /** Analysis. */
    ANALYZE,
    /** The index refused its documents. */
    INDEX,
    /** Not a failure: the page was indexed, but its decoding is doubtful. */
    CHARSET;

    /** The name in the failures log and in messages: "read", "extract" … */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stage named {@code label} (as {@link #label()} writes it). */
    public static Stage of(String label) {
      return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** Whether this is a warning about an indexed page ({@link Stage#CHARSET}) rather than a failure. */
  public boolean warning() {
    return stage == Stage.CHARSET;
  }

  /** The one-line message printed on stderr. */
  public String message() {
    if (warning()) {
      return path + ": warning: doubtful decoding, reports kept: " + reason;
    }
    return path + ": " + stage.label() + " failed: " + reason;
  }
}
