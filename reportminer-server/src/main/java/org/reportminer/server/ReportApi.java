package org.reportminer.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportminer.engine.Backend;
import org.reportminer.index.Facet;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.RecordJson;
import org.reportminer.search.DateArgument;
import org.reportminer.search.Hit;
import org.reportminer.search.QueryException;
import org.reportminer.search.ResultFormat;
import org.reportminer.search.SearchJson;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SearchResult;
import org.reportminer.search.SortOrder;

/**
 * The HTTP JSON API over a {@link Backend} (the embedded index or a SolrCloud collection), as a plain function from (method, raw path, raw
 * query string) to a {@link Response}: no sockets, so it is tested directly. Endpoints (all GET):
 *
 * <ul>
 *   <li>{@code /api/search?q=…&org=…&place=…&person=…&theme=…&category=…&year=…&from=…&to=…
 *       &sort=relevance|date&page=1&limit=10&snippets=2&partial=true&collapse=false}: a page of
 *       hits (the record without its text and analysis offsets, plus rank, score, snippets,
 *       titleHits), {@code totalHits}, {@code partialHits}, paging and facet counts. Filters
 *       repeat ({@code org=A&org=B}: both). {@code collapse=true} keeps one hit per cluster of
 *       near-duplicate reports (the best ranked; the dedup stage's clusters, as {@code search
 *       --collapse}); totals and facets still count every matching report.
 *   <li>{@code /api/facets?…}: the same parameters, only totals and facet counts.
 *   <li>{@code /api/export.csv?…}: the same parameters (up to {@link #MAX_EXPORT} hits per page),
 *       as the CSV of {@code search --format csv} (UTF-8 with BOM, opens in Excel), as a download.
 *   <li>{@code /api/report/ID}: the stored JSON record (docs/ARCHITECTURE.md) with text, mentions, dates, numbers.
 *   <li>{@code /api/similar/ID?limit=10}: reports like this one (more like this), as search hits.
 * </ul>
 *
 * Mistakes get a JSON error {@code {"error": "…", "status": 400}}: 400 for a bad query, date,
 * number or parameter, 404 for an unknown report or endpoint, 405 for a method other than GET or
 * HEAD. Ids are checked against the id format before any lookup; nothing here touches the file
 * system. Thread-safe when the engine is (it is).
 */
public final class ReportApi {
  /** Most hits per page through the API. */
  public static final int MAX_LIMIT = 100;
  /** Most hits per CSV export. */
  public static final int MAX_EXPORT = SearchRequest.MAX_LIMIT;

  static final Map<String, Facet> FILTERS = Map.of(
      "org", Facet.ORGANIZATION, "organization", Facet.ORGANIZATION, "place", Facet.PLACE,
      "person", Facet.PERSON, "theme", Facet.THEME, "category", Facet.CATEGORY,
      "year", Facet.YEAR);
  private static final Set<String> SEARCH_PARAMS = searchParams();
  /** Record fields left out of search hits: the page fetches them with the report. */
  private static final List<String> HEAVY_FIELDS =
      List.of("text", "sections", "mentions", "dates", "numbers", "keywords");

  private final Backend engine;

  /** An API answering from {@code engine} (which the caller keeps and closes). */
  public ReportApi(Backend engine) {
    this.engine = engine;
  }

  /** The engine this API answers from (the research routes share it). */
  Backend engine() {
    return engine;
  }

  /** True for paths this API answers (everything under {@code /api/}). */
  public static boolean owns(String rawPath) {
    return rawPath.equals("/api") || rawPath.startsWith("/api/");
  }

  /**
   * Answers one request.
   *
   * @param method the HTTP method
   * @param rawPath the request path, still percent-encoded
   * @param rawQuery the query string, still percent-encoded, or null
   * @throws IOException when the index cannot be read (the server answers 500)
   */
  public Response handle(String method, String rawPath, String rawQuery) throws IOException {
    try {
      if (!method.equals("GET") && !method.equals("HEAD")) {
        return Response.error(405, "method " + Texts.clip(method) + " not allowed (GET only)")
            .withHeader("Allow", "GET, HEAD");
      }
      QueryParams params = QueryParams.parse(rawQuery);
      if (rawPath.equals("/api/search")) {
        return search(params, false);
      }
      if (rawPath.equals("/api/facets")) {
        return search(params, true);
      }
      if (rawPath.equals("/api/export.csv")) {
        return export(params);
      }
      if (rawPath.startsWith("/api/report/")) {
        params.onlyKnown(Set.of());
        return report(ReportIds.check(rawPath.substring("/api/report/".length())));
      }
      if (rawPath.startsWith("/api/similar/")) {
        params.onlyKnown(Set.of("limit"));
        return similar(ReportIds.check(rawPath.substring("/api/similar/".length())),
            params.integer("limit", 10, 1, MAX_LIMIT));
      }
      return Response.error(404, "no such endpoint: " + Texts.clip(rawPath));
    } catch (BadRequest e) {
      return e.response();
    } catch (QueryException e) {
      return Response.error(400, e.getMessage());
    }
  }

  private Response search(QueryParams params, boolean facetsOnly)
      throws BadRequest, QueryException, IOException {
    SearchRequest request = request(params, facetsOnly, 10, MAX_LIMIT);
    SearchResult result = engine.search(request);
    ObjectNode o = SearchJson.summary(result);
    if (!facetsOnly) {
      o.set("hits", hits(result.hits()));
    }
    return Response.json(200, o);
  }

  private Response export(QueryParams params) throws BadRequest, QueryException, IOException {
    SearchRequest request = request(params, false, MAX_EXPORT, MAX_EXPORT);
    SearchResult result = engine.search(request);
    StringWriter csv = new StringWriter();
    ResultFormat.CSV.write(result, csv);
    return new Response(200, "text/csv; charset=utf-8",
        csv.toString().getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Disposition", "attachment; filename=\"reportminer-search.csv\"",
            "Cache-Control", "no-store"));
  }

  private Response report(String id) throws IOException {
    Optional<AnalyzedReport> r = engine.report(id);
    if (r.isEmpty()) {
      return Response.error(404, "no report with id " + id);
    }
    return Response.json(200, RecordJson.toNode(r.get()));
  }

  private Response similar(String id, int limit) throws IOException, QueryException {
    if (engine.report(id).isEmpty()) {
      return Response.error(404, "no report with id " + id);
    }
    SearchRequest request = SearchRequest.of(null).withLike(id).withPage(1, limit)
        .withSnippets(1).withPartial(false);
    SearchResult result = engine.search(request);
    ObjectNode o = SearchJson.summary(result);
    o.set("hits", hits(result.hits()));
    return Response.json(200, o);
  }

  /**
   * The search request of the query string; {@code facetsOnly} asks for one hit, no snippets.
   * Page sizes default to {@code defaultLimit} and go up to {@code maxLimit}.
   */
  static SearchRequest request(QueryParams p, boolean facetsOnly, int defaultLimit, int maxLimit)
      throws BadRequest, QueryException {
    p.onlyKnown(SEARCH_PARAMS);
    String q = p.one("q");
    SortOrder sort = switch (Optional.ofNullable(p.one("sort")).orElse("relevance")
        .strip().toLowerCase(Locale.ROOT)) {
      case "", "relevance" -> SortOrder.RELEVANCE;
      case "date" -> SortOrder.DATE;
      default -> throw new BadRequest(400, "sort must be relevance or date, not \""
          + Texts.clip(p.one("sort")) + "\"");
    };
    int limit = facetsOnly ? 1 : p.integer("limit", defaultLimit, 1, maxLimit);
    int page = facetsOnly ? 1 : p.integer("page", 1, 1, SearchRequest.MAX_DEPTH);
    int snippets = facetsOnly ? 0 : p.integer("snippets", 2, 0, SearchRequest.MAX_SNIPPETS);
    boolean partial = !facetsOnly && bool(p, "partial", true);
    boolean collapse = bool(p, "collapse", false);
    SearchRequest r = new SearchRequest(q, null, Map.of(), DateArgument.first(p.one("from")),
        DateArgument.last(p.one("to")), sort, limit, page, snippets, partial, collapse);
    for (Map.Entry<String, Facet> f : FILTERS.entrySet()) {
      for (String value : p.all(f.getKey())) {
        if (!value.isBlank()) {
          r = r.withFilter(f.getValue(), value.strip());
        }
      }
    }
    return r;
  }

  private static boolean bool(QueryParams p, String name, boolean fallback) throws BadRequest {
    String v = p.one(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new BadRequest(400, name + " must be true or false, not \""
          + Texts.clip(v) + "\"");
    };
  }

  private static ArrayNode hits(List<Hit> hits) {
    ArrayNode array = RecordJson.mapper().createArrayNode();
    for (Hit h : hits) {
      ObjectNode o = SearchJson.hit(h);
      o.put("textLength", h.report().report().text().length());
      HEAVY_FIELDS.forEach(o::remove);
      array.add(o);
    }
    return array;
  }

  private static Set<String> searchParams() {
    Set<String> s = new HashSet<>(FILTERS.keySet());
    s.addAll(List.of("q", "from", "to", "sort", "page", "limit", "snippets", "partial",
        "collapse"));
    return Set.copyOf(s);
  }
}
