package org.reportminer.extract;

/**
 * A document that cannot be extracted, with a one-line reason meant for people ("empty file",
 * "encrypted document", "too large: 209715200 bytes, limit 67108864"). Thrown by {@link Extractor}
 * for bad input, never for programming errors.
 */
public final class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String sha256;

  /**
   * @param reason one line saying what is wrong with the document
   * @param sha256 hex SHA-256 of the document's bytes, or null when they could not be read
   * @param cause the underlying exception, or null
   */
  public ExtractionException(String reason, String sha256, Throwable cause) {
    super(reason, cause);
    this.sha256 = sha256;
  }

  /** Hex SHA-256 of the bytes, or null when they could not be read. */
  public String sha256() {
    return sha256;
  }

  /** The one-line reason. */
  public String reason() {
    return getMessage();
  }
}
