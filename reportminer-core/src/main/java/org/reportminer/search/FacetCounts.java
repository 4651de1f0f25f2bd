package org.reportminer.search;

import java.util.List;

/**
 * The most frequent values of one facet among all hits (not just the page).
 *
 * @param dim the facet dimension ("organization", "place", "person", "year", "category", "theme")
 * @param values values with their hit counts, most frequent first
 */
public record FacetCounts(String dim, List<Value> values) {
  public FacetCounts {
    values = List.copyOf(values);
  }

  /**
   * One facet value.
   *
   * @param value the label ("区文化体育局", "2023")
   * @param count number of hits having it
   */
  public record Value(String value, long count) {}
}
