package org.reportminer.engine.solrcloud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.index.Facet;
import org.reportminer.index.ReportSchema;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SortOrder;

/**
 * Solr request parameters for what a {@link SearchRequest} asks, as the embedded search builds its
 * Lucene query: the query text for the {@code reportminer} parser (every report with {@code *:*}
 * when there is none), a term filter per facet value (labels as {@link ReportSchema#facetLabel}),
 * publication dates within the range, and the sort. A mutable builder, one per request.
 */
final class SolrParams {
  /** The plugin's parameter asking for the relaxed query without the full one (partial hits). */
  static final String PARTIAL = "reportminer.partial";

  private final Map<String, List<String>> params = new LinkedHashMap<>();

  /** The matching part of {@code request}: query, filters, dates and sort. */
  static SolrParams matching(SearchRequest request) {
    SolrParams p = new SolrParams();
    if (request.hasQuery()) {
      p.set("q", request.query());
    } else {
      p.set("q", "*:*");
      p.set("defType", "lucene");
    }
    request.filters().forEach((facet, values) -> {
      for (String v : values) {
        p.add("fq", "{!term f=" + facet.dim() + "}" + ReportSchema.facetLabel(v));
      }
    });
    if (request.from() != null) {
      p.add("fq", ReportSchema.PUBLISHED_ORDER + ":[" + request.from().toEpochDay() + " TO *]");
    }
    if (request.to() != null) {
      p.add("fq", ReportSchema.PUBLISHED_LAST + ":[* TO " + request.to().toEpochDay() + "]");
    }
    if (request.sort() == SortOrder.DATE) {
      p.set("sort", ReportSchema.PUBLISHED_ORDER + " desc,score desc");
    }
    return p;
  }

  /**
   * Every value of every facet with its count: a distributed top 10 can miss a value counted once
   * per shard at a tie, so the caller takes the top values itself (exact, at the price of
   * receiving every value of the matching reports).
   */
  SolrParams withFacets() {
    set("facet", "true");
    set("facet.limit", "-1");
    set("facet.mincount", "1");
    for (Facet f : Facet.values()) {
      add("facet.field", f.dim());
    }
    return this;
  }

  /** Rows {@code start} to {@code start + rows} with fields {@code fl}. */
  SolrParams rows(int start, int rows, String fl) {
    set("start", Integer.toString(start));
    set("rows", Integer.toString(rows));
    set("fl", fl);
    return this;
  }

  SolrParams set(String name, String value) {
    params.put(name, new ArrayList<>(List.of(value)));
    return this;
  }

  SolrParams add(String name, String value) {
    params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  SolrParams copy() {
    SolrParams p = new SolrParams();
    params.forEach((k, v) -> p.params.put(k, new ArrayList<>(v)));
    return p;
  }

  Map<String, List<String>> map() {
    return params;
  }
}
