package org.reportminer.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reportminer.search.SearchEngine;

/**
 * The HTTP server of {@code reportminer serve}: the JDK's built-in {@link HttpServer} with a
 * bounded worker pool, answering {@code /api/copycheck/…} and {@code /copycheck/…} from {@link
 * CopyChecks}, the rest of {@code /api/…} through {@link ReportApi} and everything else from
 * {@link StaticAssets}. Every answer carries the security headers (a Content-Security-Policy
 * allowing only this server's own scripts and styles, {@code nosniff}, no framing, no referrer);
 * any failure inside a handler becomes a one-line JSON 500 and a one-line log on stderr, never a
 * stack trace to the client. Nothing is read from the file system per request.
 *
 * <p>Every {@link #REFRESH_SECONDS} seconds the engine is refreshed, so reports committed by an
 * ingest run while the server is up become searchable without a restart.
 *
 * <p>{@link #close()} stops accepting, lets requests in flight finish (a few seconds at most) and
 * stops the workers; it does not close the engine, which the caller owns. Thread-safe.
 */
public final class ReportServer implements Closeable {
  /** Longest request target accepted (path plus query), in characters; longer is a 414. */
  public static final int MAX_URI_CHARS = 8_192;

  /** The Content-Security-Policy of every answer. */
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  /** How often the engine looks for changes committed by ingest runs. */
  public static final int REFRESH_SECONDS = 10;

  private static final int STOP_SECONDS = 3;

  private final HttpServer http;
  private final ThreadPoolExecutor workers;
  private final ReportApi api;
  private final CopyCheckRoutes copyChecks;
  private final StaticAssets assets;
  private final PrintStream log;
  private final ScheduledExecutorService refresher;

  private ReportServer(HttpServer http, ThreadPoolExecutor workers, ReportApi api,
      CopyCheckRoutes copyChecks, StaticAssets assets, PrintStream log,
      ScheduledExecutorService refresher) {
    this.copyChecks = copyChecks;
    this.http = http;
    this.workers = workers;
    this.refresher = refresher;
    this.api = api;
    this.assets = assets;
    this.log = log;
  }

  /**
   * Starts serving {@code engine} as configured, without copy checks; returns once the socket is
   * listening.
   *
   * @param log where one line per server-side failure goes (stderr in the command)
   * @throws IOException when the address cannot be bound (port in use …)
   */
  public static ReportServer start(ServerConfig config, SearchEngine engine, PrintStream log)
      throws IOException {
    return start(config, engine, Optional.empty(), log);
  }

  /**
   * Starts serving {@code engine} and, when present, {@code copyChecks} (which the caller keeps
   * and closes, like the engine); returns once the socket is listening.
   *
   * @param log where one line per server-side failure goes (stderr in the command)
   * @throws IOException when the address cannot be bound (port in use …)
   */
  public static ReportServer start(ServerConfig config, SearchEngine engine,
      Optional<CopyChecks> copyChecks, PrintStream log) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
    AtomicInteger n = new AtomicInteger();
    // When all workers are busy and the queue is full, the accepting thread runs the request
    // itself: that slows down accepting instead of dropping connections or queueing without end.
    ThreadPoolExecutor workers = new ThreadPoolExecutor(config.threads(), config.threads(),
        30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(config.queue()), r -> {
          Thread t = new Thread(r, "reportminer-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "reportminer-index-refresh");
      t.setDaemon(true);
      return t;
    });
    ReportServer server = new ReportServer(http, workers, new ReportApi(engine),
        new CopyCheckRoutes(copyChecks), StaticAssets.load(), log, refresher);
    refresher.scheduleWithFixedDelay(() -> server.refresh(engine, copyChecks), REFRESH_SECONDS,
        REFRESH_SECONDS, TimeUnit.SECONDS);
    http.createContext("/", server::exchange);
    http.setExecutor(workers);
    http.start();
    return server;
  }

  /** The address actually listened on (the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The base URL, {@code http://host:port}. */
  public String url() {
    InetSocketAddress a = address();
    String host = a.getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  /** Answers one exchange in-process, as {@link #exchange} would (used by tests). */
  Response answer(String method, String rawPath, String rawQuery) {
    try {
      int length = rawPath.length() + (rawQuery == null ? 0 : rawQuery.length() + 1);
      if (length > MAX_URI_CHARS) {
        return Response.error(414, "request too long: " + length + " characters (at most "
            + MAX_URI_CHARS + ")");
      }
      if (CopyCheckRoutes.owns(rawPath)) {
        return copyChecks.handle(method, rawPath, rawQuery);
      }
      if (ReportApi.owns(rawPath)) {
        return api.handle(method, rawPath, rawQuery);
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        return Response.error(405, "method not allowed (GET only)").withHeader("Allow", "GET, HEAD");
      }
      return assets.get(rawPath);
    } catch (IOException | RuntimeException e) {
      log.println("reportminer serve: " + method + " " + Texts.clip(rawPath) + " failed: "
          + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
      return Response.error(500, "internal error; the server log has the details");
    }
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      Response r = answer(method, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery());
      Headers h = ex.getResponseHeaders();
      h.set("Content-Type", r.contentType());
      h.set("Content-Security-Policy", CSP);
      h.set("X-Content-Type-Options", "nosniff");
      h.set("X-Frame-Options", "DENY");
      h.set("Referrer-Policy", "no-referrer");
      for (Map.Entry<String, String> e : r.headers().entrySet()) {
        h.set(e.getKey(), e.getValue());
      }
      byte[] body = r.body();
      boolean head = method.equals("HEAD");
      ex.sendResponseHeaders(r.status(), head || body.length == 0 ? -1 : body.length);
      if (!head) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      // The client went away mid-answer; nothing left to tell it.
    }
  }

  private void refresh(SearchEngine engine, Optional<CopyChecks> copyChecks) {
    try {
      engine.refresh();
      if (copyChecks.isPresent()) {
        copyChecks.get().refresh();
      }
    } catch (IOException | RuntimeException e) {
      log.println("reportminer serve: cannot refresh the index: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    http.stop(STOP_SECONDS);
    workers.shutdown();
    try {
      if (!workers.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
