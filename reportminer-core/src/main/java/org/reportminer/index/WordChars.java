package org.reportminer.index;

/** What counts as word material (not punctuation, space or symbol) when indexing and hashing. */
final class WordChars {
  private WordChars() {}

  /** Letters, decimal digits and other numerals (〇 and Ⅻ are letter numbers, ① is another). */
  static boolean isWordChar(int codePoint) {
    if (Character.isLetterOrDigit(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** Whether {@code text} has a word char between {@code start} (inclusive) and {@code end}. */
  static boolean anyWordChar(CharSequence text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      if (isWordChar(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
