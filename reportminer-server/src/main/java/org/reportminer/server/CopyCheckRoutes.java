package org.reportminer.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The copy-check endpoints: {@code /api/copycheck/ID} (the JSON of {@code copycheck --format
 * json}) and {@code /copycheck/ID} (its HTML page, two reports side by side with the copied
 * passages marked). The HTML page is rendered by the dedup stage with everything escaped and no
 * scripts; it is served under its own stricter policy: no script, no connection, nothing loaded,
 * only its inline styles. Without {@link CopyChecks} (an index without dedup data) both answer
 * 404. Thread-safe.
 */
final class CopyCheckRoutes {
  /** The Content-Security-Policy of the HTML copy report. */
  static final String HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final String API = "/api/copycheck/";
  private static final String PAGE = "/copycheck/";

  private final Optional<CopyChecks> checks;

  CopyCheckRoutes(Optional<CopyChecks> checks) {
    this.checks = checks;
  }

  static boolean owns(String rawPath) {
    return rawPath.startsWith(API) || rawPath.startsWith(PAGE);
  }

  Response handle(String method, String rawPath, String rawQuery) throws IOException {
    try {
      if (!method.equals("GET") && !method.equals("HEAD")) {
        return Response.error(405, "method " + Texts.clip(method) + " not allowed (GET only)")
            .withHeader("Allow", "GET, HEAD");
      }
      QueryParams.parse(rawQuery).onlyKnown(Set.of());
      boolean api = rawPath.startsWith(API);
      String id = ReportIds.check(rawPath.substring(api ? API.length() : PAGE.length()));
      if (checks.isEmpty()) {
        return Response.error(404, "copy checks are not available for this index");
      }
      if (api) {
        Optional<JsonNode> json = checks.get().json(id);
        return json.isPresent() ? Response.json(200, json.get()) : unknown(id);
      }
      Optional<String> html = checks.get().html(id);
      if (html.isEmpty()) {
        return unknown(id);
      }
      return new Response(200, "text/html; charset=utf-8",
          html.get().getBytes(StandardCharsets.UTF_8),
          Map.of("Content-Security-Policy", HTML_CSP, "Cache-Control", "no-store"));
    } catch (BadRequest e) {
      return e.response();
    }
  }

  private static Response unknown(String id) {
    return Response.error(404, "no report with id " + id);
  }
}
