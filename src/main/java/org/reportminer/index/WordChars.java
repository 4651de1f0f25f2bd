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
}
