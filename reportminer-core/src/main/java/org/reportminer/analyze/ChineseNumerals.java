package org.reportminer.analyze;

import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * Reads numbers written in Chinese characters: positional ("三十七" = 37, "两千" = 2000,
 * "一百零五" = 105, "三万五千" = 35000, financial forms "叁拾" = 30) and digit-by-digit years
 * ("二〇二三" = 2023). Stateless and thread-safe.
 *
 * <p>It is not a general parser of mixed forms: Arabic digits and multipliers after them ("3.5万")
 * are handled by {@link NumberExtractor}.
 */
public final class ChineseNumerals {
  /** Every character that may appear in a Chinese numeral read by this class. */
  public static final String CHARS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";

  private ChineseNumerals() {}

  /** The value of one digit character (0-9), or -1 when {@code c} is not a digit. */
  public static int digit(char c) {
    switch (c) {
      case '零': case '〇': return 0;
      case '一': case '壹': return 1;
      case '二': case '两': case '贰': return 2;
      case '三': case '叁': return 3;
      case '四': case '肆': return 4;
      case '五': case '伍': return 5;
      case '六': case '陆': return 6;
      case '七': case '柒': return 7;
      case '八': case '捌': return 8;
      case '九': case '玖': return 9;
      default: return -1;
    }
  }

  private static long unit(char c) {
    switch (c) {
      case '十': case '拾': return 10;
      case '百': case '佰': return 100;
      case '千': case '仟': return 1000;
      case '万': return 10_000;
      case '亿': return 100_000_000;
      default: return -1;
    }
  }

  /** True when every char of {@code s} is in {@link #CHARS} and {@code s} is not empty. */
  public static boolean isNumeral(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (CHARS.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value of a positional numeral ("三十七", "十二", "两千零五", "一万二千"), or empty when
   * {@code s} is not a well-formed numeral. A string of bare digits ("二〇二三") reads digit by
   * digit.
   */
  public static OptionalLong parse(CharSequence s) {
    if (!isNumeral(s)) {
      return OptionalLong.empty();
    }
    boolean allDigits = true;
    for (int i = 0; i < s.length(); i++) {
      if (digit(s.charAt(i)) < 0) {
        allDigits = false;
        break;
      }
    }
    if (allDigits) {
      if (s.length() > 18) {
        return OptionalLong.empty();
      }
      long v = 0;
      for (int i = 0; i < s.length(); i++) {
        v = v * 10 + digit(s.charAt(i));
      }
      return OptionalLong.of(v);
    }
    long total = 0; // completed 万 / 亿 groups
    long section = 0; // value below the current 万 group
    long number = 0; // the digit waiting for its unit
    boolean digitPending = false;
    long lastUnit = Long.MAX_VALUE; // units inside a section must decrease: no "十百"
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (digitPending && d != 0 && number != 0) {
          return OptionalLong.empty(); // two digits without a unit: "三五十"
        }
        number = d;
        digitPending = d != 0;
        continue;
      }
      long u = unit(c);
      if (u >= 10_000) {
        long group = section + number;
        if (group == 0) {
          group = 1; // "万" alone, "亿" alone
        }
        total = u == 100_000_000 ? (total + group) * u : total + group * u;
        section = 0;
        lastUnit = Long.MAX_VALUE;
      } else {
        if (u >= lastUnit) {
          return OptionalLong.empty();
        }
        section += (digitPending ? number : 1) * u; // "十二": 十 stands for 一十
        lastUnit = u;
      }
      number = 0;
      digitPending = false;
    }
    return OptionalLong.of(total + section + number);
  }

  /** {@link #parse} as a BigDecimal, or null when it is not a numeral. */
  public static BigDecimal parseDecimal(CharSequence s) {
    OptionalLong v = parse(s);
    return v.isPresent() ? BigDecimal.valueOf(v.getAsLong()) : null;
  }
}
