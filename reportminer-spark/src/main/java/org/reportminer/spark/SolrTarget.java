package org.reportminer.spark;

import java.io.Serializable;
import java.util.List;

/**
 * A SolrCloud collection the job indexes into: base URLs of its nodes ({@code
 * http://HOST:8983/solr}; SolrJ reads the cluster state from the first that answers and sends each
 * batch to its shard leaders) and the collection's name.
 *
 * @param urls one or more node URLs
 * @param collection the collection (created beforehand with the reportminer configset)
 */
public record SolrTarget(List<String> urls, String collection) implements Serializable {
  public SolrTarget {
    urls = List.copyOf(urls);
    if (urls.isEmpty() || collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("--solr needs a URL and --collection a name");
    }
  }

  /** The key under which the output directory remembers what was sent here. */
  String key() {
    return collection + "@" + String.join(",", urls);
  }
}
