package org.reportminer.search;

import java.util.Locale;

/** The order of concordance lines. */
public enum ConcordanceSort {
  /** Reports newest first (undated last), lines in text order within a report. */
  DATE,
  /** By the left context read outward from the match (the nearest character first). */
  LEFT,
  /** By the right context read from the match on. */
  RIGHT;

  /** The order named {@code name} (date, left, right; case-insensitive). */
  public static ConcordanceSort byName(String name) throws QueryException {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "", "date" -> DATE;
      case "left" -> LEFT;
      case "right" -> RIGHT;
      default -> throw new QueryException("sort must be date, left or right, not \""
          + (n.length() > 40 ? n.substring(0, 40) + "…" : n) + "\"");
    };
  }

  /** The lower-case name used in options and URLs. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
