package org.reportminer.bench;

/** The server routes a load test calls. */
public enum LoadRoute {
  /** {@code /api/search} with its default facets and snippets. */
  SEARCH("/api/search"),
  /** {@code /api/similar/ID}. */
  SIMILAR("/api/similar/ID"),
  /** {@code /api/copycheck/ID}. */
  COPYCHECK("/api/copycheck/ID");

  private final String label;

  LoadRoute(String label) {
    this.label = label;
  }

  /** The route as the report names it. */
  public String label() {
    return label;
  }
}
