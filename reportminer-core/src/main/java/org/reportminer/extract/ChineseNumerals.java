package org.reportminer.extract;

/**
 * Values of small Chinese numerals as used in headings and part markers: 一 … 九, 十, 十一, 二十,
 * 九十九, 一百, 〇/零 and 两, also digit-by-digit forms like 二〇. Stateless and thread-safe.
 */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  private static int digit(char c) {
    return switch (c) {
      case '〇', '零' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /** The value of {@code s} (0–999), or -1 when it is not a Chinese numeral. */
  public static int parse(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    if (s.indexOf('十') < 0 && s.indexOf('百') < 0) {
      int v = 0;
      for (int i = 0; i < s.length(); i++) {
        int d = digit(s.charAt(i));
        if (d < 0) {
          return -1;
        }
        v = v * 10 + d;
      }
      return v;
    }
    int total = 0;
    int pending = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '百') {
        total += (pending < 0 ? 1 : pending) * 100;
        pending = -1;
      } else if (c == '十') {
        total += (pending < 0 ? 1 : pending) * 10;
        pending = -1;
      } else {
        int d = digit(c);
        if (d < 0) {
          return -1;
        }
        pending = d;
      }
    }
    return total + Math.max(pending, 0);
  }
}
