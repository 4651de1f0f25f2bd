package org.reportminer.analyze;

/**
 * A text with the spaces some writers put between digits and Chinese characters taken out
 * ("2012 年 6 月 5 日", "42 篇", "33 个小时": the spacing style of many technical and community
 * writers), and the way back to the original offsets. The date and number scanners read the
 * compact text; what they find is mapped back, so a mention's text is the original one, spaces
 * included. Only one space (U+0020 or U+00A0) between an ASCII digit and a Han character goes.
 *
 * <p>Immutable.
 */
final class DigitSpacing {
  private final String compact;
  private final int[] origin; // origin[i]: the original offset of compact char i; origin[length]: text length
  private final int[] back; // back[j]: the compact offset of original char j (a removed space: the next char's)

  private DigitSpacing(String compact, int[] origin, int[] back) {
    this.compact = compact;
    this.origin = origin;
    this.back = back;
  }

  /** {@code text} without its digit spacing; {@link #changed()} says whether there was any. */
  static DigitSpacing of(String text) {
    int n = text.length();
    StringBuilder sb = null;
    int[] origin = null;
    int[] back = null;
    for (int j = 0; j < n; j++) {
      if (removable(text, j)) {
        if (sb == null) {
          sb = new StringBuilder(n).append(text, 0, j);
          origin = new int[n + 1];
          back = new int[n + 1];
          for (int k = 0; k < j; k++) {
            origin[k] = k;
            back[k] = k;
          }
        }
        back[j] = sb.length();
        continue;
      }
      if (sb != null) {
        back[j] = sb.length();
        origin[sb.length()] = j;
        sb.append(text.charAt(j));
      }
    }
    if (sb == null) {
      return new DigitSpacing(text, null, null);
    }
    origin[sb.length()] = n;
    back[n] = sb.length();
    return new DigitSpacing(sb.toString(), origin, back);
  }

  private static boolean removable(String s, int j) {
    char c = s.charAt(j);
    if (c != ' ' && c != '\u00a0' || j == 0 || j + 1 >= s.length()) {
      return false;
    }
    char before = s.charAt(j - 1);
    char after = s.charAt(j + 1);
    return isDigit(before) && isHan(after) || isHan(before) && isDigit(after);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Whether any space was taken out. */
  boolean changed() {
    return origin != null;
  }

  /** The text the scanners read. */
  String text() {
    return compact;
  }

  /** The original offset of a start offset in the compact text. */
  int start(int compactStart) {
    return origin == null ? compactStart : origin[compactStart];
  }

  /** The original offset of an end offset (exclusive) in the compact text. */
  int end(int compactEnd) {
    return origin == null ? compactEnd : compactEnd == 0 ? 0 : origin[compactEnd - 1] + 1;
  }

  /** The compact offset of an original offset. */
  int toCompact(int original) {
    return back == null ? original : back[Math.min(original, back.length - 1)];
  }
}
