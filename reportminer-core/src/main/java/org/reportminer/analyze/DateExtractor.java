package org.reportminer.analyze;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.model.DateValue;

/**
 * Finds date expressions in report text and normalizes them to ISO 8601 values (docs/ARCHITECTURE.md).
 *
 * <p>Forms: full dates (2023年4月26日, 二〇二三年四月二十六日, 2023-04-26, 2023.4.26), year-month,
 * years (2023年, 2023年度), month-day and day-only (4月26日, 26日), day names written with a dot
 * (4·26, 4.26 before a quote or a name such as 世界知识产权日), ranges (4月20日至26日, 4月20-26日,
 * 2022年至2023年, 2022-2023年), parts of a month (4月初, 4月中旬, 4月底: the month's value) and of
 * a year (上半年 2023-01/2023-06, 第一季度 2023-01/2023-03, 2023年底 2023-12), and relative years
 * (今年, 去年, 前年, 明年, 本年度, 上年). Full-width digits are read like ASCII ones.
 *
 * <p>Context: a date without a year takes the year of the report's title (the first 19xx/20xx or
 * Chinese-numeral year in it; of several title years, the one the text last wrote), else that of the nearest earlier date in the text with a known
 * year, else the publication year; relative years count from the same year. A date without a
 * month (26日) takes year and month from the nearest earlier date that has a month. A year written
 * with a placeholder (20__年, 20XX年) is unknown and stays so: EDTF unspecified digits ("20XX",
 * "20XX-04"); it never serves as context. When no context exists, the missing part is "XXXX" or
 * "XX".
 *
 * <p>Not dates: bare numbers (2023 without 年, 绿书签行动2023), durations (3个月, 5年), decimal
 * numbers (3.5万元). Stateless and thread-safe.
 */
public final class DateExtractor {
  private static final String[] REL_YEARS = {"今年", "去年", "前年", "明年"};
  /** Characters a date can start with; every other position is skipped at once. */
  private static final String STARTS = "〇零一二三四五六七八九十两○今去前明上下第年_Xx×*";
  private static final Pattern TITLE_YEAR =
      Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})|([〇零一二三四五六七八九]{4})年");

  /** Parsed pieces of one date fragment; -1 means absent, -2 unknown (placeholder). */
  private static final class Fragment {
    int start;
    int end;
    int year = -1;
    String yearPattern; // "20XX" style when the year is a placeholder
    boolean relativeYear;
    int yearOffset; // for relative years: 0 今年, -1 去年 …
    int month = -1;
    int day = -1;
    String part; // 上半年, 第一季度, 初, 底 … or null

    boolean hasYear() {
      return year != -1 || relativeYear;
    }
  }

  /** A date extractor; it keeps no state between calls. */
  public DateExtractor() {}

  /**
   * The dates in {@code text}, in order of position, with values resolved against the context
   * of {@code title} and {@code published} (either may be null).
   */
  public List<DateValue> extract(String text, String title, String published) {
    DigitSpacing spacing = DigitSpacing.of(text);
    if (!spacing.changed()) {
      return scan(text, title, published);
    }
    List<DateValue> out = new ArrayList<>();
    for (DateValue d : scan(spacing.text(), title, published)) {
      int a = spacing.start(d.start());
      int b = spacing.end(d.end());
      out.add(new DateValue(text.substring(a, b), d.value(), a, b));
    }
    return out;
  }

  private List<DateValue> scan(String text, String title, String published) {
    String f = WidthFolding.fold(text);
    List<Integer> titleYears = titleYears(title);
    Integer titleYear = titleYears.isEmpty() ? null : titleYears.get(0);
    Integer pubYear = publishedYear(published);
    List<DateValue> out = new ArrayList<>();
    String lastYear = null; // year of the nearest earlier date: "2023", or "20XX" when unknown
    String lastMonthYear = null; // year paired with lastMonth
    int lastMonth = -1;
    int i = 0;
    int n = f.length();
    while (i < n) {
      char c = f.charAt(i);
      if ((c < '0' || c > '9') && STARTS.indexOf(c) < 0) {
        i++;
        continue;
      }
      Fragment a = fragmentAt(f, i);
      if (a == null) {
        i++;
        continue;
      }
      Fragment b = null;
      int afterConnector = connectorEnd(f, a.end);
      if (afterConnector > 0 && a.part == null) {
        b = fragmentAt(f, afterConnector);
        if (b != null && (b.part != null || !compatibleRangeEnd(a, b))) {
          b = null;
        }
      }
      String ctx = contextYear(titleYears, lastYear, pubYear);
      Resolved ra = resolve(a, ctx, lastMonthYear, lastMonth);
      if (ra == null) {
        i = a.end;
        continue;
      }
      String value = ra.value;
      int end = a.end;
      Resolved last = ra;
      if (b != null) {
        Resolved rb = resolveRangeEnd(ra, b);
        if (rb != null) {
          value = ra.value + "/" + rb.value;
          end = b.end;
          last = rb;
        }
      }
      out.add(new DateValue(text.substring(a.start, end), value, a.start, end));
      if (!last.year.equals("XXXX")) {
        lastYear = last.year;
      }
      if (last.month > 0) {
        lastMonth = last.month;
        lastMonthYear = last.year;
      }
      i = end;
    }
    return out;
  }

  /** Resolved parts and the ISO value of one fragment; year is "2023", "20XX" or "XXXX". */
  private record Resolved(String year, int month, String value) {}

  private static Resolved resolve(Fragment fr, String ctx, String lastMonthYear, int lastMonth) {
    String year;
    int month = fr.month;
    if (fr.yearPattern != null) {
      year = fr.yearPattern;
    } else if (fr.relativeYear) {
      year = ctx == null ? "XXXX" : ctx.contains("X") ? ctx : String.valueOf(Integer.parseInt(ctx) + fr.yearOffset);
    } else if (fr.year >= 0) {
      year = String.valueOf(fr.year);
    } else if (fr.month == -1 && fr.day != -1) {
      // day only: year and month of the nearest earlier date with a month
      if (lastMonth > 0) {
        month = lastMonth;
        year = lastMonthYear;
      } else {
        month = -2;
        year = ctx == null ? "XXXX" : ctx;
      }
    } else {
      year = ctx == null ? "XXXX" : ctx;
    }
    if (fr.part != null && fr.month == -1 && fr.day == -1) {
      String v = yearPart(year, fr.part);
      return v == null ? null : new Resolved(year, -1, v);
    }
    if (month == -1) {
      return new Resolved(year, -1, year);
    }
    String monthText = month == -2 ? "XX" : two(month);
    if (fr.day == -1) {
      return new Resolved(year, month, year + "-" + monthText);
    }
    if (fr.day > 0 && month > 0) {
      // 2000 is a leap year: 2月29日 stays valid when the year is unknown
      int y = year.contains("X") ? 2000 : Integer.parseInt(year);
      if (fr.day > YearMonth.of(y, month).lengthOfMonth()) {
        return null;
      }
    }
    String dayText = fr.day == -2 ? "XX" : two(fr.day);
    return new Resolved(year, month, year + "-" + monthText + "-" + dayText);
  }

  /** The end of a range: missing year and month come from its start, not from context. */
  private static Resolved resolveRangeEnd(Resolved ra, Fragment b) {
    Fragment c = new Fragment();
    c.start = b.start;
    c.end = b.end;
    c.year = b.year;
    c.yearPattern = b.yearPattern;
    c.relativeYear = b.relativeYear;
    c.yearOffset = b.yearOffset;
    c.month = b.month;
    c.day = b.day;
    if (!b.hasYear() && b.yearPattern == null) {
      c.yearPattern = ra.year;
    }
    if (b.month == -1 && b.day != -1) {
      c.month = ra.month > 0 ? ra.month : -2;
    }
    Resolved rb = resolve(c, ra.year, ra.year, ra.month);
    if (rb == null) {
      return null;
    }
    // a range must not run backwards when both ends are fully known
    if (rb.value.length() == ra.value.length() && !ra.value.contains("X") && !rb.value.contains("X")
        && rb.value.compareTo(ra.value) < 0) {
      return null;
    }
    return rb;
  }

  /** b may end a range started by a when it is not coarser in a way that makes no sense. */
  private static boolean compatibleRangeEnd(Fragment a, Fragment b) {
    boolean aHasDay = a.day != -1;
    boolean aHasMonth = a.month != -1;
    if (!aHasDay && !aHasMonth) {
      return b.hasYear() && b.month == -1 && b.day == -1; // 2022年至2023年
    }
    if (!aHasDay) {
      return b.day == -1 && (b.month != -1); // 3月至5月
    }
    return b.day != -1; // 4月20日至26日, 4月20日至5月3日
  }

  private static String yearPart(String yearText, String part) {
    switch (part) {
      case "上半年": return yearText + "-01/" + yearText + "-06";
      case "下半年": return yearText + "-07/" + yearText + "-12";
      case "初": case "中": case "底": case "末": return yearText; // a part takes the period's value
      case "前三季度": return yearText + "-01/" + yearText + "-09";
      default:
        if (part.endsWith("季度")) {
          int q = quarter(part);
          if (q < 1) {
            return null;
          }
          return yearText + "-" + two(q * 3 - 2) + "/" + yearText + "-" + two(q * 3);
        }
        return null;
    }
  }

  private static int quarter(String part) {
    for (int k = 0; k < part.length(); k++) {
      char c = part.charAt(k);
      if (c >= '1' && c <= '4') {
        return c - '0';
      }
      int d = ChineseNumerals.digit(c);
      if (d >= 1 && d <= 4) {
        return d;
      }
    }
    return -1;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : String.valueOf(v);
  }

  // ---- scanning -------------------------------------------------------------------------------

  /** The fragment starting exactly at {@code i}, or null. */
  static Fragment fragmentAt(String f, int i) {
    if (i >= f.length()) {
      return null;
    }
    if (i > 0 && continuesNumber(f.charAt(i - 1), f.charAt(i))) {
      return null;
    }
    Fragment iso = isoAt(f, i);
    if (iso != null) {
      return iso;
    }
    Fragment fr = new Fragment();
    fr.start = i;
    int j = yearAt(f, i, fr);
    boolean hasYear = j > i;
    if (!hasYear) {
      j = i;
    }
    // 2023年4.26 / 4·26
    int dn = dayNameAt(f, j, fr, hasYear);
    if (dn > 0) {
      fr.end = dn;
      return fr;
    }
    // 1—6月: the first month is written without 月; the range pass reads "—6月"
    int[] bareMonth = smallNumber(f, j, 12);
    if (bareMonth != null && bareMonth[0] >= 1 && (bareMonth[1] >= f.length() || f.charAt(bareMonth[1]) != '月')) {
      int c = connectorEnd(f, bareMonth[1]);
      Fragment probe = new Fragment();
      if (c > 0 && monthAt(f, c, probe) > c && (c >= f.length() || !Character.isDigit(f.charAt(c - 1)))) {
        fr.month = bareMonth[0];
        fr.end = bareMonth[1];
        return fr;
      }
    }
    int k = monthAt(f, j, fr);
    if (k > j) {
      int d = dayAt(f, k, fr, true);
      if (d > k) {
        fr.end = d;
        return fr;
      }
      // 4月20-26日: the first day is written without 日; the range pass reads "-26日"
      int[] bare = smallNumber(f, k, 31);
      if (bare != null && bare[0] >= 1) {
        int c = connectorEnd(f, bare[1]);
        Fragment probe = new Fragment();
        if (c > 0 && dayAt(f, c, probe, false) > c) {
          fr.day = bare[0];
          fr.end = bare[1];
          return fr;
        }
      }
      int p = monthPartAt(f, k);
      fr.end = p;
      return fr;
    }
    if (hasYear) {
      int p = yearPartAt(f, j, fr, true);
      fr.end = p;
      return fr;
    }
    int yp = yearPartAt(f, i, fr, false);
    if (yp > i) {
      fr.end = yp;
      return fr;
    }
    int d = dayAt(f, i, fr, false);
    if (d > i) {
      fr.end = d;
      return fr;
    }
    // 2022-2023年: a bare year that starts a range of years
    int y = digits(f, i, 4, 4);
    if (y >= 1900 && y <= 2099) {
      int c = connectorEnd(f, i + 4);
      Fragment probe = new Fragment();
      if (c > 0 && yearAt(f, c, probe) > c && !probe.relativeYear) {
        fr.year = y;
        fr.end = i + 4;
        return fr;
      }
    }
    return null;
  }

  private static boolean continuesNumber(char prev, char c) {
    boolean cDigit = c >= '0' && c <= '9';
    boolean prevDigit = prev >= '0' && prev <= '9';
    if (cDigit) {
      return prevDigit || prev == '.' || prev == '_';
    }
    if (ChineseNumerals.CHARS.indexOf(c) >= 0) {
      return ChineseNumerals.CHARS.indexOf(prev) >= 0 || prev == '第' || prevDigit;
    }
    return false;
  }

  /** 2023-04-26, 2023/4/26, 2023.4.26 (not followed by another digit). */
  private static Fragment isoAt(String f, int i) {
    int y = digits(f, i, 4, 4);
    if (y < 0 || y < 1900 || y > 2099) {
      return null;
    }
    int p = i + 4;
    if (p >= f.length()) {
      return null;
    }
    char sep = f.charAt(p);
    if (sep != '-' && sep != '/' && sep != '.') {
      return null;
    }
    int[] m = number(f, p + 1, 2);
    if (m == null || m[0] < 1 || m[0] > 12 || m[1] >= f.length() || f.charAt(m[1]) != sep) {
      return null;
    }
    int[] d = number(f, m[1] + 1, 2);
    if (d == null || d[0] < 1 || d[0] > 31) {
      return null;
    }
    int end = d[1];
    if (end < f.length() && (Character.isDigit(f.charAt(end)) || f.charAt(end) == '.' && end + 1 < f.length() && Character.isDigit(f.charAt(end + 1)))) {
      return null;
    }
    if (end < f.length() && (f.charAt(end) == '日' || f.charAt(end) == '号')) {
      end++;
    }
    Fragment fr = new Fragment();
    fr.start = i;
    fr.end = end;
    fr.year = y;
    fr.month = m[0];
    fr.day = d[0];
    return fr;
  }

  /** A year with 年 (2023年, 二〇二三年, 20__年, 2023年度) or a relative year; returns the end. */
  private static int yearAt(String f, int i, Fragment fr) {
    int n = f.length();
    for (String rel : REL_YEARS) {
      if (f.startsWith(rel, i)) {
        fr.relativeYear = true;
        fr.yearOffset =
            switch (rel) {
              case "去年" -> -1;
              case "前年" -> -2;
              case "明年" -> 1;
              default -> 0;
            };
        return i + rel.length();
      }
    }
    int j = i;
    StringBuilder pattern = new StringBuilder();
    int value = 0;
    boolean placeholder = false;
    while (j < n && pattern.length() < 4) {
      char c = f.charAt(j);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        pattern.append(c);
      } else if (ChineseNumerals.digit(c) >= 0 && c != '两' || c == '○' && chineseYearAround(f, i)) {
        int d = c == '○' ? 0 : ChineseNumerals.digit(c);
        value = value * 10 + d;
        pattern.append((char) ('0' + d));
      } else if (c == '_' || c == 'X' || c == 'x' || c == '×' || c == '*' || c == '○') {
        placeholder = true;
        pattern.append('X');
      } else {
        break;
      }
      j++;
    }
    // placeholders may be written with more marks than digits: 20___年
    while (placeholder && j < n && (f.charAt(j) == '_' || f.charAt(j) == '×')) {
      j++;
    }
    if (pattern.length() != 4 || j >= n || f.charAt(j) != '年') {
      return i;
    }
    String p = pattern.toString();
    boolean mixedScripts = isMixed(f, i, j);
    if (mixedScripts) {
      return i;
    }
    if (placeholder) {
      if (!p.matches("(19|20|X{2})XX|X{4}")) {
        return i;
      }
      fr.yearPattern = p.startsWith("XX") ? "XXXX" : p;
    } else {
      if (value < 1900 || value > 2099) {
        return i;
      }
      fr.year = value;
    }
    j++; // 年
    if (j < n && f.charAt(j) == '度') {
      j++;
    }
    return j;
  }

  /** ○ (U+25CB) is the zero of GB2312 pages when the year's other digits are Chinese: 二○二二. */
  private static boolean chineseYearAround(String f, int i) {
    for (int k = i; k < Math.min(f.length(), i + 4); k++) {
      char c = f.charAt(k);
      if (ChineseNumerals.digit(c) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Arabic and Chinese digits mixed in one year ("2〇23") is not a year. */
  private static boolean isMixed(String f, int from, int to) {
    boolean arabic = false;
    boolean chinese = false;
    for (int k = from; k < to; k++) {
      char c = f.charAt(k);
      if (c >= '0' && c <= '9') {
        arabic = true;
      } else if (ChineseNumerals.digit(c) >= 0 || c == '○') {
        chinese = true;
      }
    }
    return arabic && chinese;
  }

  /** 4月, 十二月, 04月, __月 (month must be followed by 月; 个月 is a duration). */
  private static int monthAt(String f, int i, Fragment fr) {
    int[] m = smallNumber(f, i, 12);
    if (m != null && m[1] < f.length() && f.charAt(m[1]) == '月' && m[0] >= 1) {
      fr.month = m[0];
      int j = m[1] + 1;
      if (j < f.length() && f.charAt(j) == '份') {
        j++;
      }
      return j;
    }
    int p = placeholderAt(f, i);
    if (p > i && p < f.length() && f.charAt(p) == '月' && fr.hasYear()) {
      fr.month = -2;
      return p + 1;
    }
    return i;
  }

  /** 26日 / 二十六日; after a month also 26号 and one-character Chinese days (五日). */
  private static int dayAt(String f, int i, Fragment fr, boolean afterMonth) {
    int[] d = smallNumber(f, i, 31);
    if (d != null && d[0] >= 1 && d[1] < f.length()) {
      char c = f.charAt(d[1]);
      boolean arabic = f.charAt(i) >= '0' && f.charAt(i) <= '9';
      if (c == '日' || c == '号' && afterMonth) {
        if (!afterMonth && !arabic && d[1] - i < 2) {
          return i; // 一日, 五日 alone are not dates
        }
        fr.day = d[0];
        return d[1] + 1;
      }
    }
    if (afterMonth) {
      int p = placeholderAt(f, i);
      if (p > i && p < f.length() && f.charAt(p) == '日') {
        fr.day = -2;
        return p + 1;
      }
    }
    return i;
  }

  /** 4·26 and (before a quote or a name) 4.26: a day named by month and day. */
  private static int dayNameAt(String f, int i, Fragment fr, boolean afterYear) {
    int[] m = number(f, i, 2);
    if (m == null || m[0] < 1 || m[0] > 12 || m[1] >= f.length()) {
      return -1;
    }
    char sep = f.charAt(m[1]);
    boolean dot = sep == '.';
    if (!(sep == '·' || sep == '・' || sep == '•' || sep == '•' || dot)) {
      return -1;
    }
    int[] d = number(f, m[1] + 1, 2);
    if (d == null || d[0] < 1 || d[0] > 31) {
      return -1;
    }
    int end = d[1];
    if (end < f.length()) {
      char next = f.charAt(end);
      if (Character.isDigit(next) || next == '.' || next == '%') {
        return -1;
      }
      if (dot && !afterYear && !nameFollows(f, end)) {
        return -1;
      }
    } else if (dot && !afterYear) {
      return -1;
    }
    fr.month = m[0];
    fr.day = d[0];
    return end;
  }

  /** After "4.26" a quote, a day name or an event word makes it a date, not a decimal. */
  private static boolean nameFollows(String f, int i) {
    char c = f.charAt(i);
    if (c == '“' || c == '"' || c == '”' || c == '「' || c == '『' || c == '’' || c == '\'') {
      return true;
    }
    String[] names = {"世界", "国际", "全国", "宣传", "活动", "纪念", "节", "主题", "专项", "期间", "当天", "前后", "事件", "大会"};
    for (String name : names) {
      if (f.startsWith(name, i)) {
        return true;
      }
    }
    return false;
  }

  /** 初, 上旬, 中旬, 下旬, 底, 末 after a month; returns the end (unchanged when none). */
  private static int monthPartAt(String f, int i) {
    for (String p : new String[] {"上中旬", "中下旬", "上旬", "中旬", "下旬", "初", "底", "末"}) {
      if (f.startsWith(p, i)) {
        return i + p.length();
      }
    }
    return i;
  }

  /**
   * Parts of a year: after a year 上半年, 下半年, 初, 底, 末, 第一季度 …; alone 上半年, 下半年,
   * 第X季度, 前三季度 and 年初, 年底, 年末.
   */
  private static int yearPartAt(String f, int i, Fragment fr, boolean afterYear) {
    String[] standalone = {"上半年", "下半年", "前三季度"};
    for (String p : standalone) {
      if (f.startsWith(p, i)) {
        fr.part = p;
        return i + p.length();
      }
    }
    if (!afterYear && (f.startsWith("年初", i) || f.startsWith("年底", i) || f.startsWith("年末", i))) {
      fr.part = f.substring(i + 1, i + 2); // 年初 alone: the context year
      return i + 2;
    }
    // 季度 within the next three chars (a search to the text's end here made long texts quadratic)
    if (f.startsWith("季度", i) || f.startsWith("季度", i + 1) || f.startsWith("季度", i + 2)) {
      Matcher q = QUARTER.matcher(f).region(i, Math.min(f.length(), i + 6));
      if (q.lookingAt()) {
        fr.part = q.group();
        return q.end();
      }
    }
    if (afterYear) {
      for (String p : new String[] {"初", "底", "末"}) {
        if (f.startsWith(p, i)) {
          fr.part = p;
          return i + 1;
        }
      }
    }
    return i;
  }

  private static final Pattern QUARTER = Pattern.compile("第?[一二三四1-4]季度");

  /** After a fragment: a range connector (至, 到, -, —, ~ …); returns the index after it or -1. */
  private static int connectorEnd(String f, int i) {
    int j = i;
    while (j < f.length() && f.charAt(j) == ' ') {
      j++;
    }
    if (j >= f.length()) {
      return -1;
    }
    char c = f.charAt(j);
    if (c == '至' || c == '到' || c == '-' || c == '~' || c == '～' || c == '–' || c == '—' || c == '－') {
      j++;
      while (j < f.length() && (f.charAt(j) == '—' || f.charAt(j) == ' ')) {
        j++;
      }
      return j;
    }
    return -1;
  }

  private static int placeholderAt(String f, int i) {
    int j = i;
    while (j < f.length() && (f.charAt(j) == '_' || f.charAt(j) == '×' || f.charAt(j) == 'X' || f.charAt(j) == 'x')) {
      j++;
    }
    return j - i >= 1 && j - i <= 4 ? j : i;
  }

  /** An Arabic number of {@code min..max} digits at {@code i} (not followed by a digit), or -1. */
  private static int digits(String f, int i, int min, int max) {
    int j = i;
    int v = 0;
    while (j < f.length() && j - i < max + 1 && f.charAt(j) >= '0' && f.charAt(j) <= '9') {
      v = v * 10 + (f.charAt(j) - '0');
      j++;
    }
    int len = j - i;
    return len >= min && len <= max ? v : -1;
  }

  /** An Arabic number of 1..maxDigits digits: {value, end}, or null. */
  private static int[] number(String f, int i, int maxDigits) {
    int j = i;
    int v = 0;
    while (j < f.length() && f.charAt(j) >= '0' && f.charAt(j) <= '9') {
      v = v * 10 + (f.charAt(j) - '0');
      j++;
      if (j - i > maxDigits) {
        return null;
      }
    }
    return j == i ? null : new int[] {v, j};
  }

  /** A month or day number, Arabic (1-2 digits) or Chinese (一 … 三十一): {value, end}. */
  private static int[] smallNumber(String f, int i, int max) {
    int[] a = number(f, i, 2);
    if (a != null) {
      return a[0] <= max ? a : null;
    }
    int j = i;
    while (j < f.length() && j - i < 3 && "〇零一二三四五六七八九十".indexOf(f.charAt(j)) >= 0) {
      j++;
    }
    // try the longest reading first: 二十六 before 二十
    for (int e = j; e > i; e--) {
      var v = ChineseNumerals.parse(f.substring(i, e));
      if (v.isPresent() && v.getAsLong() >= 1 && v.getAsLong() <= max && f.charAt(i) != '〇' && f.charAt(i) != '零') {
        return new int[] {(int) v.getAsLong(), e};
      }
    }
    return null;
  }

  // ---- context ---------------------------------------------------------------------------------

  /**
   * The year a date without one takes: the title's year; when the title names several years
   * ("2022年工作总结和2023年工作思路") the one of them the text last wrote before the date, so
   * that 上半年 under "2023年，街道将…" is 2023's; else the nearest earlier year in the text; else
   * the publication year; else null.
   */
  static String contextYear(List<Integer> titleYears, String lastYear, Integer pubYear) {
    if (titleYears.size() > 1 && lastYear != null && titleYears.contains(parseYear(lastYear))) {
      return lastYear;
    }
    if (!titleYears.isEmpty()) {
      return String.valueOf(titleYears.get(0));
    }
    return lastYear != null ? lastYear : pubYear != null ? String.valueOf(pubYear) : null;
  }

  private static Integer parseYear(String year) {
    try {
      return Integer.valueOf(year);
    } catch (NumberFormatException e) {
      return null; // 20XX
    }
  }

  /** The first year written in a title (2023, 2023年, 二〇二三年), or null. */
  static Integer titleYear(String title) {
    List<Integer> years = titleYears(title);
    return years.isEmpty() ? null : years.get(0);
  }

  /** The distinct years written in a title, in order (2023, 2023年, 二〇二三年). */
  static List<Integer> titleYears(String title) {
    List<Integer> out = new ArrayList<>();
    if (title == null) {
      return out;
    }
    Matcher m = TITLE_YEAR.matcher(WidthFolding.fold(title));
    while (m.find()) {
      Integer y = null;
      if (m.group(1) != null) {
        y = Integer.parseInt(m.group(1));
      } else {
        var v = ChineseNumerals.parse(m.group(2));
        if (v.isPresent() && v.getAsLong() >= 1900 && v.getAsLong() <= 2099) {
          y = (int) v.getAsLong();
        }
      }
      if (y != null && !out.contains(y)) {
        out.add(y);
      }
    }
    return out;
  }

  private static Integer publishedYear(String published) {
    if (published == null || published.length() < 4) {
      return null;
    }
    int y = digits(published, 0, 4, 4);
    return y >= 1900 && y <= 2099 ? y : null;
  }
}
