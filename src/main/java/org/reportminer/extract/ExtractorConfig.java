package org.reportminer.extract;

/**
 * Limits of the extract stage.
 *
 * @param maxBytes documents larger than this are refused before being read into memory
 * @param maxTextChars documents whose text is longer than this are refused (zip bombs, floods)
 * @param maxHtmlDepth deeper HTML nesting is flattened by jsoup
 */
public record ExtractorConfig(long maxBytes, int maxTextChars, int maxHtmlDepth) {

  /** 64 MiB of input, 20 million characters of text, 512 levels of HTML nesting. */
  public static final ExtractorConfig DEFAULTS = new ExtractorConfig(64L << 20, 20_000_000, 512);

  public ExtractorConfig {
    if (maxBytes <= 0 || maxTextChars <= 0 || maxHtmlDepth < 16) {
      throw new IllegalArgumentException(
          "limits must be positive (maxHtmlDepth at least 16): " + maxBytes + ", " + maxTextChars + ", " + maxHtmlDepth);
    }
  }

  /** The same limits with another byte limit. */
  public ExtractorConfig withMaxBytes(long bytes) {
    return new ExtractorConfig(bytes, maxTextChars, maxHtmlDepth);
  }
}
