package org.reportminer.extract;

/**
 * Limits of the extract stage.
 *
 * @param maxBytes documents larger than this are refused before being read into memory
 * @param maxTextChars documents whose text is longer than this are refused (zip bombs, floods)
 * @param maxHtmlDepth deeper HTML nesting is flattened by jsoup
 * @param disabledRules cleaning rules switched off (for measuring each rule; empty in use)
 */
public record ExtractorConfig(long maxBytes, int maxTextChars, int maxHtmlDepth, java.util.Set<CleaningRule> disabledRules) {

  /** 64 MiB of input, 20 million characters of text, 512 levels of HTML nesting. */
  public static final ExtractorConfig DEFAULTS = new ExtractorConfig(64L << 20, 20_000_000, 512);

  public ExtractorConfig {
    disabledRules = disabledRules.isEmpty()
        ? java.util.Set.of()
        : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(disabledRules));
    if (maxBytes <= 0 || maxTextChars <= 0 || maxHtmlDepth < 16) {
      throw new IllegalArgumentException(
          "limits must be positive (maxHtmlDepth at least 16): " + maxBytes + ", " + maxTextChars + ", " + maxHtmlDepth);
    }
  }

  /** Limits with every cleaning rule on. */
  public ExtractorConfig(long maxBytes, int maxTextChars, int maxHtmlDepth) {
    this(maxBytes, maxTextChars, maxHtmlDepth, java.util.Set.of());
  }

  /** The same limits with another byte limit. */
  public ExtractorConfig withMaxBytes(long bytes) {
    return new ExtractorConfig(bytes, maxTextChars, maxHtmlDepth, disabledRules);
  }

  /** The same configuration with {@code rule} switched off. */
  public ExtractorConfig without(CleaningRule rule) {
    java.util.Set<CleaningRule> off = java.util.EnumSet.noneOf(CleaningRule.class);
    off.addAll(disabledRules);
    off.add(rule);
    return new ExtractorConfig(maxBytes, maxTextChars, maxHtmlDepth, off);
  }
}
