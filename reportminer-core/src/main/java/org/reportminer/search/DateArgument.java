package org.reportminer.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Parses the dates researchers type for {@code --from} and {@code --to}: {@code 2023},
 * {@code 2023-04} or {@code 2023-04-26} (also with {@code /} or {@code .} between the parts, and
 * 2023年4月26日). A year or month stands for its first day as a lower bound and its last day as
 * an upper bound, so {@code --from 2022 --to 2023} covers both whole years. No state.
 */
public final class DateArgument {
  private DateArgument() {}

  /** The first day of {@code text} (for {@code --from}). */
  public static LocalDate first(String text) throws QueryException {
    return parse(text, false);
  }

  /** The last day of {@code text} (for {@code --to}). */
  public static LocalDate last(String text) throws QueryException {
    return parse(text, true);
  }

  private static LocalDate parse(String text, boolean end) throws QueryException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().replace('年', '-').replace('月', '-').replace("日", "")
        .replace('/', '-').replace('.', '-');
    if (t.endsWith("-")) {
      t = t.substring(0, t.length() - 1);
    }
    String[] parts = t.split("-", -1);
    try {
      if (parts.length < 1 || parts.length > 3 || !parts[0].matches("\\d{4}")) {
        throw new NumberFormatException();
      }
      int year = Integer.parseInt(parts[0]);
      if (parts.length == 1) {
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (!parts[1].matches("\\d{1,2}")) {
        throw new NumberFormatException();
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(parts[1]));
      if (parts.length == 2) {
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      if (!parts[2].matches("\\d{1,2}")) {
        throw new NumberFormatException();
      }
      return month.atDay(Integer.parseInt(parts[2]));
    } catch (NumberFormatException | DateTimeException e) {
      throw new QueryException(
          "invalid date \"" + text.strip() + "\": use 2023, 2023-04 or 2023-04-26");
    }
  }
}
