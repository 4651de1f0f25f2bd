package org.reportminer.search;

import org.reportminer.index.Facet;

/**
 * Which entity page to build.
 *
 * @param facet organization, person or place
 * @param name the entity's name as the facets list it
 * @param by the bucket width of its timeline
 * @param limit associated names listed per kind, 1 to {@link #MAX_LIMIT}
 * @param minCount fewest shared reports for a name to be listed (at least 1)
 */
public record EntityRequest(Facet facet, String name, DateBucket by, int limit, int minCount) {
  /** Most associated names per kind. */
  public static final int MAX_LIMIT = 50;
  /** Reports listed on the page (newest first). */
  public static final int RECENT_REPORTS = 10;
  /** Names in the co-occurrence graph besides the entity. */
  public static final int GRAPH_NODES = 10;

  public EntityRequest {
    by = by == null ? DateBucket.YEAR : by;
    name = name == null ? "" : name.strip();
  }

  /** The page of {@code name}: yearly timeline, 10 names per kind, shared in 2 reports or more. */
  public static EntityRequest of(Facet facet, String name) {
    return new EntityRequest(facet, name, DateBucket.YEAR, 10, 2);
  }

  /** Checks the kind, name and numbers; throws with a one-line message. */
  void validate() throws QueryException {
    if (facet != Facet.ORGANIZATION && facet != Facet.PERSON && facet != Facet.PLACE) {
      throw new QueryException("entity type must be organization, person or place");
    }
    if (name.isEmpty()) {
      throw new QueryException("entity name is empty");
    }
    if (name.length() > 100) {
      throw new QueryException("entity name too long: " + name.length() + " characters (at most 100)");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new QueryException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    if (minCount < 1 || minCount > 1_000_000) {
      throw new QueryException("min count must be between 1 and 1000000, not " + minCount);
    }
  }
}
