package org.reportminer.nlp;

/**
 * The text normalization the NER model sees, at training and at inference alike. It never changes
 * the length of the text, so model offsets are report offsets: full-width ASCII forms
 * (U+FF01…U+FF5E) become ASCII, the ideographic space and other space characters become a plain
 * space; everything else is kept. Stateless and thread-safe.
 */
public final class NerText {
  private NerText() {}

  /** The normalized form of {@code text}, of the same length. */
  public static String normalize(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char n = normalize(c);
      if (n != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = n;
      }
    }
    return out == null ? text : new String(out);
  }

  /** The normalized form of one char. */
  public static char normalize(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\r' || c == '\n') {
      return ' ';
    }
    return c;
  }
}
