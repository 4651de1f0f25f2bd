package org.reportminer.index;

import java.util.Locale;
import java.util.Optional;

/**
 * The facet dimensions of the index. Each dimension is a multi-valued SortedSet doc-values facet
 * (Lucene's facet module); its {@link #dim()} is the name used in facet results, filters and the
 * JSON API.
 */
public enum Facet {
  /** Organizations mentioned in the report (analysis). */
  ORGANIZATION("organization"),
  /** Places mentioned in the report (analysis). */
  PLACE("place"),
  /** Persons mentioned in the report (analysis). */
  PERSON("person"),
  /** The report's year: of its publication date, else of its first fully known date. */
  YEAR("year"),
  /** Every element of the breadcrumb category path. */
  CATEGORY("category"),
  /** Themes found by analysis ("迎接精彩大运，保护知识产权"). */
  THEME("theme");

  private final String dim;

  Facet(String dim) {
    this.dim = dim;
  }

  /** The dimension name ("organization", "year" …). */
  public String dim() {
    return dim;
  }

  /** The facet with dimension name {@code dim}, if there is one. */
  public static Optional<Facet> byDim(String dim) {
    String d = dim.toLowerCase(Locale.ROOT);
    for (Facet f : values()) {
      if (f.dim.equals(d)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
