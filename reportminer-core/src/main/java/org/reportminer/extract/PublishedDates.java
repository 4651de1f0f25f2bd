package org.reportminer.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a page's publication date and normalizes it to ISO 8601 ({@code 2022-10-05}).
 *
 * <p>Labeled lines are ranked: 发布时间/发布日期/发表时间 (publication) before 更新时间, before
 * 成文日期/印发日期 (date of writing), before a bare 时间/日期. Dates are written 2022-10-05,
 * 2022/10/5, 2022.10.05, 2022年10月5日 (one kind of separator; full-width digits allowed), optionally
 * followed by a time;
 * machine values from meta tags also as 2022-10-05T08:00:00+08:00 or 20221005. Impossible dates
 * (2022-13-40) are rejected. Only lines up to {@value #MAX_LINE} characters are looked at: a date
 * inside running prose is no publication date. Stateless and thread-safe.
 */
public final class PublishedDates {
  private PublishedDates() {}

  /** Label groups, best first. */
  private static final List<Pattern> LABELS =
      List.of(
          label("发布时间|发布日期|发表时间|发表日期|发文日期|发稿时间|发布于|发表于|时间发布"),
          label("更新时间|更新日期"),
          label("成文日期|成文时间|印发日期"),
          label("日期|时间"));

  /** Longer lines are prose, not metadata. */
  static final int MAX_LINE = 160;

  /**
   * A full date with one kind of separator: 2022年10月5日, 2022-10-05, 2022/10/5 or 2022.10.05 (not
   * "2023年4.26", which is a title's way of naming a day). Named groups y, m, d or y, m2, d2.
   */
  private static final String DATE =
      "(?<y>\\d{4})\\s*(?:年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})|(?<sep>[-/.])(?<m2>\\d{1,2})\\k<sep>(?<d2>\\d{1,2}))(?!\\d)";
  private static final Pattern ANY_DATE = Pattern.compile(DATE);
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D.*)?$");

  private static Pattern label(String keys) {
    // The label, a colon (or none), then the date within a few characters.
    return Pattern.compile("(?:^|[\\s【\\[（(|｜丨])(?:" + keys + ")\\s*[】\\]]?\\s*[:：]?\\s*.{0,4}?" + DATE);
  }

  /** The rank of the best label on {@code line} (0 best) and the date it labels, or null. */
  public static Labeled labeled(String line) {
    // labeled dates sit on short metadata lines; the keyword test keeps the regexes off prose
    if (line.length() > MAX_LINE || (line.indexOf("时间") < 0 && line.indexOf("日期") < 0 && line.indexOf("发布于") < 0
        && line.indexOf("发表于") < 0)) {
      return null;
    }
    String s = TextUtil.asciiDigits(line);
    for (int rank = 0; rank < LABELS.size(); rank++) {
      Matcher m = LABELS.get(rank).matcher(s);
      if (m.find()) {
        String iso = iso(m);
        if (iso != null) {
          return new Labeled(rank, iso);
        }
      }
    }
    return null;
  }

  /** A date found next to a label, with the label's rank (0 is a publication label). */
  public record Labeled(int rank, String iso) {}

  /** The best labeled date among {@code lines} (earliest line wins among equal ranks), or null. */
  public static String best(Iterable<String> lines) {
    Labeled best = null;
    for (String line : lines) {
      Labeled l = labeled(line);
      if (l != null && (best == null || l.rank() < best.rank())) {
        best = l;
      }
    }
    return best == null ? null : best.iso();
  }

  /** Words that make the rest of a dateline page metadata (views, source, author …). */
  private static final Pattern DATELINE_WORDS =
      Pattern.compile("阅读|浏览|来源|作者|编辑|责编|发布|点击|评论|收藏|原创|转载|字号|人气|热度|访问");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}[:：]\\d{2}([:：]\\d{2})?");

  /**
   * The date of an unlabeled dateline such as "2024-01-05 10:20 阅读 1523" or "2023年5月8日 来源：
   * 区教育局": a short line without prose punctuation that is a full date, maybe a time, and at
   * most a few words of metadata (no other Chinese words: "2023年4月26日活动总结" is a title). Callers only look for it in the head of a page, above the
   * first paragraph of prose: a date line at the end of a report is its sign-off.
   */
  public static String dateline(String line) {
    if (line.length() > 60 || line.indexOf('，') >= 0 || line.indexOf('。') >= 0 || line.indexOf('；') >= 0) {
      return null;
    }
    String s = TextUtil.asciiDigits(line);
    Matcher m = ANY_DATE.matcher(s);
    if (!m.find()) {
      return null;
    }
    String rest = TIME.matcher(s.substring(0, m.start()) + " " + s.substring(m.end())).replaceAll(" ");
    boolean metadata = TextUtil.contentChars(rest) == TextUtil.contentChars(rest.replaceAll("\\p{IsHan}", ""))
        || DATELINE_WORDS.matcher(rest).find();
    return TextUtil.contentChars(rest) <= 16 && metadata ? iso(m) : null;
  }

  /** "2024 05/09 22:27:02": year, a space, month/day (a news agency's dateline). */
  private static final Pattern YEAR_SPACE_MONTH_DAY =
      Pattern.compile("(?<!\\d)(\\d{4})\\s+(\\d{1,2})/(\\d{1,2})(?!\\d)");
  private static final Pattern ENGLISH_DATE = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
          + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(\\d{4})\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /**
   * The date of a short metadata line near an article's title: "2022-02-11 09:52",
   * "BUSINESS.SOHU.COM 2005年3月11日12:12", "TNW中文站 2016年10月14日07:17", "于 2024-11-19 16:16:18
   * 首次发布", "2024 05/09 22:27:02", "Saturday, September 10th, 2005 10:56 am". Looser than {@link
   * #dateline}: callers only ask about the few lines around the title. Still no prose (no 。，；), at
   * most {@value #NEAR_TITLE_LINE} characters, and the date must stand apart: not glued to words
   * after it ("2023年4月26日活动总结" is a title).
   */
  public static String nearTitle(String line) {
    if (line.length() > NEAR_TITLE_LINE || line.indexOf('。') >= 0 || line.indexOf('，') >= 0 || line.indexOf('；') >= 0) {
      return null;
    }
    String s = TextUtil.asciiDigits(line);
    Matcher m = ANY_DATE.matcher(s);
    while (m.find()) {
      int end = m.end();
      if (end < s.length() && (s.charAt(end) == '日' || s.charAt(end) == '号')) {
        end++;
      }
      boolean glued = end < s.length() && Character.UnicodeScript.of(s.charAt(end)) == Character.UnicodeScript.HAN
          && !isMetaWordAt(s, end);
      String iso = iso(m);
      if (!glued && iso != null) {
        return iso;
      }
    }
    Matcher y = YEAR_SPACE_MONTH_DAY.matcher(s);
    if (y.find()) {
      String iso = iso(y.group(1), y.group(2), y.group(3));
      if (iso != null) {
        return iso;
      }
    }
    Matcher e = ENGLISH_DATE.matcher(s);
    if (e.find()) {
      String mon = e.group(1).toLowerCase(java.util.Locale.ROOT).substring(0, 3);
      return iso(e.group(3), String.valueOf(MONTHS.indexOf(mon) + 1), e.group(2));
    }
    return null;
  }

  /** Lines near a title longer than this are not datelines. */
  static final int NEAR_TITLE_LINE = 100;

  private static boolean isMetaWordAt(String s, int i) {
    return DATELINE_WORDS.matcher(s.substring(i, Math.min(s.length(), i + 2))).lookingAt()
        || s.startsWith("首次", i) || s.startsWith("星期", i) || s.startsWith("周", i);
  }

  /** Dates in URL paths: /20190813/, /2019-08/13/, /201908/13/, t20190813_, _20190813. */
  private static final Pattern URL_DATE = Pattern.compile(
      "(?:[/_t]|^)(20\\d{2}|19\\d{2})[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12]\\d|3[01])(?=[/_.\\-]|\\d{0,12}[/_.]|[A-Za-z]|$)");

  /** The date in a URL's path (see {@link #URL_DATE}), or null. */
  public static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    int q = url.indexOf('?');
    String path = q >= 0 ? url.substring(0, q) : url;
    int host = path.indexOf("://");
    if (host >= 0) {
      int slash = path.indexOf('/', host + 3);
      path = slash >= 0 ? path.substring(slash) : "";
    }
    Matcher m = URL_DATE.matcher(path);
    while (m.find()) {
      String iso = iso(m.group(1), m.group(2), m.group(3));
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /** Parses a machine-written date value (meta tag content, time@datetime); null if none. */
  public static String parseValue(String value) {
    if (value == null) {
      return null;
    }
    String s = TextUtil.asciiDigits(value.trim());
    Matcher m = ANY_DATE.matcher(s);
    if (m.find()) {
      return iso(m);
    }
    Matcher c = COMPACT.matcher(s);
    return c.matches() ? iso(c.group(1), c.group(2), c.group(3)) : null;
  }

  private static String iso(Matcher m) {
    return m.group("m") != null
        ? iso(m.group("y"), m.group("m"), m.group("d"))
        : iso(m.group("y"), m.group("m2"), m.group("d2"));
  }

  private static String iso(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2100) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
