package org.reportminer.search;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The width of a timeline bucket: a year ({@code 2023}), a quarter ({@code 2023-Q2}) or a month
 * ({@code 2023-04}). A bucket is numbered by an integer that grows by one per bucket, so a
 * timeline can fill the buckets between its first and last without gaps.
 */
public enum DateBucket {
  /** Calendar years. */
  YEAR,
  /** Calendar quarters (Q1 is January to March). */
  QUARTER,
  /** Calendar months. */
  MONTH;

  /** The bucket named {@code name} (year, quarter, month; case-insensitive). */
  public static DateBucket byName(String name) throws QueryException {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "year" -> YEAR;
      case "quarter" -> QUARTER;
      case "month" -> MONTH;
      default -> throw new QueryException("by must be year, quarter or month, not \""
          + (n.length() > 40 ? n.substring(0, 40) + "…" : n) + "\"");
    };
  }

  /** The number of the bucket containing {@code day}. */
  public int number(LocalDate day) {
    return switch (this) {
      case YEAR -> day.getYear();
      case QUARTER -> day.getYear() * 4 + (day.getMonthValue() - 1) / 3;
      case MONTH -> day.getYear() * 12 + day.getMonthValue() - 1;
    };
  }

  /** The label of bucket {@code number}: 2023, 2023-Q2 or 2023-04. */
  public String label(int number) {
    return switch (this) {
      case YEAR -> String.valueOf(number);
      case QUARTER -> Math.floorDiv(number, 4) + "-Q" + (Math.floorMod(number, 4) + 1);
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", Math.floorDiv(number, 12),
          Math.floorMod(number, 12) + 1);
    };
  }

  /** The first day of bucket {@code number}. */
  public LocalDate firstDay(int number) {
    return switch (this) {
      case YEAR -> LocalDate.of(number, 1, 1);
      case QUARTER -> LocalDate.of(Math.floorDiv(number, 4), Math.floorMod(number, 4) * 3 + 1, 1);
      case MONTH -> LocalDate.of(Math.floorDiv(number, 12), Math.floorMod(number, 12) + 1, 1);
    };
  }

  /** The last day of bucket {@code number}. */
  public LocalDate lastDay(int number) {
    return firstDay(number + 1).minusDays(1);
  }

  /** The lower-case name used in options and URLs. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
