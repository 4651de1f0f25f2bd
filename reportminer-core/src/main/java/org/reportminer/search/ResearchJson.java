package org.reportminer.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reportminer.index.Facet;
import org.reportminer.model.RecordJson;

/**
 * The research views as JSON, one object each: used by the commands' {@code --format json} and
 * by {@code /api/timeline}, {@code /api/concordance} and {@code /api/entity}, so both always agree.
 * Offsets are UTF-16 offsets into the report text (JavaScript string indices). No state.
 */
public final class ResearchJson {
  private ResearchJson() {}

  /** {@code {"by","buckets":[…],"gapless","series":[{"query","counts":[…],"total","undated","coarser"}]}}. */
  public static ObjectNode timeline(Timeline t) {
    ObjectNode o = RecordJson.mapper().createObjectNode();
    o.put("by", t.by().key());
    ArrayNode buckets = o.putArray("buckets");
    t.buckets().forEach(buckets::add);
    o.put("gapless", t.gapless());
    ArrayNode series = o.putArray("series");
    for (Timeline.Series s : t.series()) {
      ObjectNode n = series.addObject();
      n.put("query", s.query());
      ArrayNode counts = n.putArray("counts");
      for (long c : s.counts()) {
        counts.add(c);
      }
      n.put("total", s.total());
      n.put("undated", s.undated());
      n.put("coarser", s.coarser());
    }
    return o;
  }

  /** The page of lines with its totals and paging. */
  public static ObjectNode concordance(Concordance c) {
    ObjectNode o = RecordJson.mapper().createObjectNode();
    ConcordanceRequest r = c.request();
    o.put("query", r.search().query());
    o.put("width", r.width());
    o.put("sort", r.sort().key());
    o.put("page", r.page());
    o.put("limit", r.limit());
    o.put("pages", c.pages());
    o.put("totalLines", c.totalLines());
    o.put("reports", c.reports());
    o.put("truncated", c.truncated());
    ArrayNode lines = o.putArray("lines");
    for (ConcordanceLine l : c.lines()) {
      lines.addObject().put("id", l.id()).put("title", l.title()).put("published", l.published())
          .put("start", l.start()).put("end", l.end()).put("left", l.left())
          .put("match", l.match()).put("right", l.right());
    }
    return o;
  }

  /** The entity page: counts, timeline, ranked associations per kind, graph, newest reports. */
  public static ObjectNode entity(EntityProfile p, EntityRequest request) {
    ObjectNode o = RecordJson.mapper().createObjectNode();
    o.put("type", p.facet().dim());
    o.put("name", p.name());
    o.put("reports", p.reports());
    o.put("archive", p.archive());
    o.put("measure", "log-likelihood G2");
    o.put("minCount", request.minCount());
    o.set("timeline", timeline(p.timeline()));
    ObjectNode assoc = o.putObject("associations");
    for (Facet kind : EntityProfiler.KINDS) {
      ArrayNode list = assoc.putArray(kind.dim());
      for (Association a : p.associations().getOrDefault(kind, List.of())) {
        list.add(association(a));
      }
    }
    ObjectNode graph = o.putObject("graph");
    ArrayNode nodes = graph.putArray("nodes");
    p.graph().nodes().forEach(a -> nodes.add(association(a)));
    ArrayNode edges = graph.putArray("edges");
    for (EntityProfile.Edge e : p.graph().edges()) {
      edges.addObject().put("from", e.from()).put("to", e.to()).put("count", e.count());
    }
    ArrayNode recent = o.putArray("recent");
    for (Hit h : p.recent()) {
      recent.addObject().put("id", h.id()).put("title", h.report().report().title())
          .put("published", h.report().report().published());
    }
    return o;
  }

  private static ObjectNode association(Association a) {
    ObjectNode n = RecordJson.mapper().createObjectNode();
    n.put("type", a.facet().dim());
    n.put("name", a.value());
    n.put("together", a.together());
    n.put("reports", a.reports());
    n.put("expected", round(a.expected()));
    n.put("g2", round(a.logLikelihood()));
    n.put("pmi", round(a.pmi()));
    return n;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
