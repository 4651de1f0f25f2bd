package org.reportminer.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reportminer.model.RecordJson;

/**
 * Search results as JSON: a hit is the JSON record (docs/ARCHITECTURE.md) plus {@code rank}, {@code score}, {@code
 * partial}, {@code snippets} and {@code titleHits}; the summary carries the totals ({@code
 * totalHits} full matches, {@code partialHits} partial ones), paging and facet counts. Used by
 * {@code search --format json} (one line per hit, then one summary line) and by the HTTP API (one
 * object). Thread-safe, no state.
 *
 * <p>A snippet is {@code {"start":s,"end":e,"text":"…","hits":[{"start":…,"end":…}]}} with offsets
 * into the record's {@code text}, so a program can mark hits without re-searching.
 */
public final class SearchJson {
  private SearchJson() {}

  /** One hit: the stored record plus the hit fields. */
  public static ObjectNode hit(Hit h) {
    ObjectNode o = RecordJson.toNode(h.report());
    o.put("rank", h.rank());
    o.put("score", h.score());
    o.put("partial", h.partial());
    ArrayNode snippets = o.putArray("snippets");
    for (Snippet s : h.snippets()) {
      ObjectNode n = snippets.addObject();
      n.put("start", s.start());
      n.put("end", s.end());
      n.put("text", s.text());
      spans(n.putArray("hits"), s.hits());
    }
    spans(o.putArray("titleHits"), h.titleHits());
    return o;
  }

  /** The result without its hits: query, total, paging and facets. */
  public static ObjectNode summary(SearchResult r) {
    ObjectNode o = RecordJson.mapper().createObjectNode();
    o.put("query", r.request().query());
    if (r.request().likeId() != null) {
      o.put("like", r.request().likeId());
    }
    o.put("totalHits", r.totalHits());
    o.put("partialHits", r.partialHits());
    o.put("page", r.request().page());
    o.put("limit", r.request().limit());
    o.put("pages", r.pages());
    ObjectNode facets = o.putObject("facets");
    for (FacetCounts f : r.facets()) {
      ArrayNode values = facets.putArray(f.dim());
      for (FacetCounts.Value v : f.values()) {
        values.addObject().put("value", v.value()).put("count", v.count());
      }
    }
    return o;
  }

  /** The whole result as one object: the summary with a {@code hits} array. */
  public static ObjectNode result(SearchResult r) {
    ObjectNode o = summary(r);
    ArrayNode hits = o.putArray("hits");
    r.hits().forEach(h -> hits.add(hit(h)));
    return o;
  }

  private static void spans(ArrayNode array, List<Span> spans) {
    for (Span s : spans) {
      array.addObject().put("start", s.start()).put("end", s.end());
    }
  }
}
