package org.reportminer.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web page's own files (HTML, CSS, JavaScript, icon), read once from the classpath under
 * {@code org/reportminer/server/web/}. Only the fixed names listed here are served: a request path
 * is looked up in a map, never turned into a file or resource name, so {@code /../../etc/passwd}
 * and its encoded forms can only miss. Immutable, thread-safe.
 */
public final class StaticAssets {
  private static final String BASE = "/org/reportminer/server/web/";

  private final Map<String, Response> byPath;

  private StaticAssets(Map<String, Response> byPath) {
    this.byPath = byPath;
  }

  /** Loads the assets from the classpath; a missing one is a packaging mistake and throws. */
  public static StaticAssets load() {
    Response page = asset("index.html", "text/html; charset=utf-8");
    return new StaticAssets(Map.of(
        "/", page,
        "/index.html", page,
        "/app.js", asset("app.js", "text/javascript; charset=utf-8"),
        "/views.js", asset("views.js", "text/javascript; charset=utf-8"),
        "/app.css", asset("app.css", "text/css; charset=utf-8"),
        "/favicon.svg", asset("favicon.svg", "image/svg+xml; charset=utf-8"),
        "/favicon.ico", asset("favicon.svg", "image/svg+xml; charset=utf-8")));
  }

  /** The asset at exactly {@code rawPath}, or a JSON 404. */
  public Response get(String rawPath) {
    Response r = byPath.get(rawPath);
    return r != null ? r : Response.error(404, "not found: " + Texts.clip(rawPath));
  }

  private static Response asset(String name, String contentType) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("web asset missing from the classpath: " + BASE + name);
      }
      return new Response(200, contentType, in.readAllBytes(), Map.of("Cache-Control", "no-cache"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read web asset " + name, e);
    }
  }
}
