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
 * 2022/10/5, 2022.10.05, 2022年10月5日 (full-width digits allowed), optionally followed by a time;
 * machine values from meta tags also as 2022-10-05T08:00:00+08:00 or 20221005. Impossible dates
 * (2022-13-40) are rejected. Only lines up to {@value #MAX_LINE} characters are looked at: a date
 * inside running prose is no publication date. Stateless and thread-safe.
 */
public final class PublishedDates {
  private PublishedDates() {}

  /** Label groups, best first. */
  private static final List<Pattern> LABELS =
      List.of(
          label("发布时间|发布日期|发表时间|发表日期|发文日期|发稿时间|发布于|时间发布"),
          label("更新时间|更新日期"),
          label("成文日期|成文时间|印发日期"),
          label("日期|时间"));

  /** Longer lines are prose, not metadata. */
  static final int MAX_LINE = 160;

  private static final String DATE =
      "(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})(?!\\d)";
  private static final Pattern ANY_DATE = Pattern.compile(DATE);
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D.*)?$");

  private static Pattern label(String keys) {
    // The label, a colon (or none), then the date within a few characters.
    return Pattern.compile("(?:^|[\\s【\\[（(|｜丨])(?:" + keys + ")\\s*[】\\]]?\\s*[:：]?\\s*.{0,4}?" + DATE);
  }

  /** The rank of the best label on {@code line} (0 best) and the date it labels, or null. */
  public static Labeled labeled(String line) {
    // labeled dates sit on short metadata lines; the keyword test keeps the regexes off prose
    if (line.length() > MAX_LINE || (line.indexOf("时间") < 0 && line.indexOf("日期") < 0 && line.indexOf("发布于") < 0)) {
      return null;
    }
    String s = TextUtil.asciiDigits(line);
    for (int rank = 0; rank < LABELS.size(); rank++) {
      Matcher m = LABELS.get(rank).matcher(s);
      if (m.find()) {
        String iso = iso(m.group(1), m.group(2), m.group(3));
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

  /** Parses a machine-written date value (meta tag content, time@datetime); null if none. */
  public static String parseValue(String value) {
    if (value == null) {
      return null;
    }
    String s = TextUtil.asciiDigits(value.trim());
    Matcher m = ANY_DATE.matcher(s);
    if (m.find()) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    Matcher c = COMPACT.matcher(s);
    return c.matches() ? iso(c.group(1), c.group(2), c.group(3)) : null;
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
