package org.reportminer.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportminer.engine.Archive;
import org.reportminer.engine.Backend;
import org.reportminer.index.Facet;
import org.reportminer.search.Concordance;
import org.reportminer.search.ConcordanceRequest;
import org.reportminer.search.ConcordanceSort;
import org.reportminer.search.DateArgument;
import org.reportminer.search.DateBucket;
import org.reportminer.search.EntityProfile;
import org.reportminer.search.EntityRequest;
import org.reportminer.search.QueryException;
import org.reportminer.search.ResearchCsv;
import org.reportminer.search.ResearchJson;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SortOrder;
import org.reportminer.search.Timeline;
import org.reportminer.search.TimelineRequest;

/**
 * The research endpoints, thin callers of the search package's views: {@code /api/timeline}
 * ({@code q} repeatable to compare queries, {@code by}, the search filters), {@code
 * /api/concordance} ({@code q}, {@code width}, {@code sort}, {@code page}, {@code limit}, the
 * filters) and {@code /api/entity} ({@code type}, {@code name}, {@code by}, {@code limit}, {@code
 * minCount}); each also as {@code .csv} (UTF-8 with BOM, a download). Mistakes are the API's JSON
 * errors (400 with one line). Thread-safe.
 */
final class ResearchRoutes {
  private static final Set<String> TIMELINE = Set.of("/api/timeline", "/api/timeline.csv");
  private static final Set<String> CONCORDANCE = Set.of("/api/concordance", "/api/concordance.csv");
  private static final Set<String> ENTITY = Set.of("/api/entity", "/api/entity.csv");

  private final Backend engine;

  ResearchRoutes(Backend engine) {
    this.engine = engine;
  }

  static boolean owns(String rawPath) {
    return TIMELINE.contains(rawPath) || CONCORDANCE.contains(rawPath) || ENTITY.contains(rawPath);
  }

  Response handle(String method, String rawPath, String rawQuery) throws IOException {
    try {
      if (!method.equals("GET") && !method.equals("HEAD")) {
        return Response.error(405, "method " + Texts.clip(method) + " not allowed (GET only)")
            .withHeader("Allow", "GET, HEAD");
      }
      if (!(engine instanceof Archive archive)) {
        return Response.error(501, "timelines, concordances and entity pages are not supported"
            + " over SolrCloud (serve an embedded index for them)");
      }
      QueryParams params = QueryParams.parse(rawQuery);
      boolean csv = rawPath.endsWith(".csv");
      if (TIMELINE.contains(rawPath)) {
        params.onlyKnown(known("q", "by"));
        Timeline t = archive.timeline(new TimelineRequest(params.all("q"),
            filters(params, null), DateBucket.byName(orDefault(params.one("by"), "year"))));
        if (csv) {
          StringWriter out = new StringWriter();
          ResearchCsv.timeline(t, out);
          return csv(out, "reportminer-timeline.csv");
        }
        return Response.json(200, ResearchJson.timeline(t));
      }
      if (CONCORDANCE.contains(rawPath)) {
        params.onlyKnown(known("q", "width", "sort", "page", "limit"));
        Concordance c = archive.concordance(new ConcordanceRequest(filters(params, params.one("q")),
            params.integer("width", 20, 1, ConcordanceRequest.MAX_WIDTH),
            ConcordanceSort.byName(params.one("sort")),
            params.integer("page", 1, 1, ConcordanceRequest.MAX_DEPTH),
            params.integer("limit", 50, 1, ConcordanceRequest.MAX_LIMIT)));
        if (csv) {
          StringWriter out = new StringWriter();
          ResearchCsv.concordance(c, out);
          return csv(out, "reportminer-concordance.csv");
        }
        return Response.json(200, ResearchJson.concordance(c));
      }
      params.onlyKnown(Set.of("type", "name", "by", "limit", "minCount"));
      EntityRequest request = new EntityRequest(entityType(params.one("type")),
          orDefault(params.one("name"), ""), DateBucket.byName(orDefault(params.one("by"), "year")),
          params.integer("limit", 10, 1, EntityRequest.MAX_LIMIT),
          params.integer("minCount", 2, 1, 1_000_000));
      EntityProfile p = archive.entity(request);
      if (csv) {
        StringWriter out = new StringWriter();
        ResearchCsv.entity(p, out);
        return csv(out, "reportminer-entity.csv");
      }
      ObjectNode o = ResearchJson.entity(p, request);
      return Response.json(200, o);
    } catch (BadRequest e) {
      return e.response();
    } catch (QueryException e) {
      return Response.error(400, e.getMessage());
    }
  }

  /** The filters and dates of the search API, around {@code query}. */
  private static SearchRequest filters(QueryParams p, String query) throws BadRequest, QueryException {
    if (p.all("q").size() > 1 && query != null) {
      throw new BadRequest(400, "parameter q given " + p.all("q").size() + " times (once at most)");
    }
    SearchRequest r = new SearchRequest(query, null, Map.of(), DateArgument.first(p.one("from")),
        DateArgument.last(p.one("to")), SortOrder.RELEVANCE, 10, 1, 0, false);
    for (Map.Entry<String, Facet> f : ReportApi.FILTERS.entrySet()) {
      for (String value : p.all(f.getKey())) {
        if (!value.isBlank()) {
          r = r.withFilter(f.getValue(), value.strip());
        }
      }
    }
    for (String year : r.filters().getOrDefault(Facet.YEAR, List.of())) {
      if (!year.matches("[0-9]{4}")) {
        throw new BadRequest(400, "year must be four digits such as 2023, not \""
            + Texts.clip(year) + "\"");
      }
    }
    return r;
  }

  private static Facet entityType(String type) throws BadRequest {
    String t = orDefault(type, "");
    return switch (t.strip()) {
      case "organization", "org" -> Facet.ORGANIZATION;
      case "person" -> Facet.PERSON;
      case "place" -> Facet.PLACE;
      default -> throw new BadRequest(400, "type must be organization, person or place, not \""
          + Texts.clip(t) + "\"");
    };
  }

  private static Set<String> known(String... own) {
    Set<String> s = new HashSet<>(ReportApi.FILTERS.keySet());
    s.addAll(List.of("from", "to"));
    s.addAll(List.of(own));
    return s;
  }

  private static String orDefault(String v, String fallback) {
    return v == null || v.isBlank() ? fallback : v;
  }

  private static Response csv(StringWriter out, String name) {
    return new Response(200, "text/csv; charset=utf-8",
        out.toString().getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Disposition", "attachment; filename=\"" + name + "\"",
            "Cache-Control", "no-store"));
  }
}
