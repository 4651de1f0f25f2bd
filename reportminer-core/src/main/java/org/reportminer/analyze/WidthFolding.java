package org.reportminer.analyze;

/**
 * Folds full-width ASCII forms (０-９, Ａ-Ｚ, ％, ．, ～ …) and the ideographic space to their
 * ASCII equivalents, one char for one char, so a folded string has the same length as the
 * original and every offset found in it points at the same place in the original. This is what
 * lets the date and number patterns be written once, for ASCII digits, and still report offsets
 * into the untouched report text. Surrogate pairs and all other characters are left as they are.
 * Stateless and thread-safe.
 */
public final class WidthFolding {
  private WidthFolding() {}

  /** The folded copy of {@code text} (same length). */
  public static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  /** One char folded: U+FF01..U+FF5E to U+0021..U+007E, U+3000 to a space, others unchanged. */
  public static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000') {
      return ' ';
    }
    return c;
  }
}
