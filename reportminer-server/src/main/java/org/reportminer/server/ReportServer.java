package org.reportminer.server;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reportminer.engine.Backend;

/**
 * The HTTP server of {@code reportminer serve}: a listening socket whose connections are each read
 * by {@link HttpConnection} (one request per connection) on a thread of their own, the answers
 * computed on a bounded worker pool, answering {@code /api/copycheck/…} and {@code /copycheck/…} from {@link
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

  /**
   * Connections read at once. A connection waits for its request head on a thread of its own
   * (a browser opens idle connections ahead of time, which must not hold the request workers);
   * beyond this many the new one is closed at once.
   */
  static final int MAX_CONNECTIONS = 256;

  private final ServerSocket socket;
  private final ThreadPoolExecutor workers;
  /** Threads that wait for a connection's request head (cheap, blocking on the socket). */
  private final ThreadPoolExecutor connections;
  private final ReportApi api;
  private final CopyCheckRoutes copyChecks;
  private final ResearchRoutes research;
  private final StaticAssets assets;
  private final PrintStream log;
  private final ScheduledExecutorService refresher;

  private ReportServer(ServerSocket socket, ThreadPoolExecutor workers, ReportApi api,
      CopyCheckRoutes copyChecks, StaticAssets assets, PrintStream log,
      ScheduledExecutorService refresher) {
    this.copyChecks = copyChecks;
    this.research = new ResearchRoutes(api.engine());
    this.socket = socket;
    this.workers = workers;
    this.connections = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
        new java.util.concurrent.SynchronousQueue<>(), r -> {
          Thread t = new Thread(r, "reportminer-http-connection");
          t.setDaemon(true);
          return t;
        });
    this.refresher = refresher;
    this.api = api;
    this.assets = assets;
    this.log = log;
  }

  /**
   * Starts serving {@code archive} as configured, with its copy checks when its reports carry
   * fingerprints; returns once the socket is listening. The caller keeps and closes the archive.
   *
   * @param log where one line per server-side failure goes (stderr in the command)
   * @throws IOException when the address cannot be bound (port in use …)
   */
  public static ReportServer start(ServerConfig config, Backend archive, PrintStream log)
      throws IOException {
    return start(config, archive, IndexCopyChecks.of(archive), log);
  }

  /**
   * Starts serving {@code archive} and, when present, {@code copyChecks} (which the caller keeps
   * and closes, like the archive); returns once the socket is listening.
   *
   * @param log where one line per server-side failure goes (stderr in the command)
   * @throws IOException when the address cannot be bound (port in use …)
   */
  public static ReportServer start(ServerConfig config, Backend archive,
      Optional<CopyChecks> copyChecks, PrintStream log) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(config.host(), config.port()), 64);
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
    ReportServer server = new ReportServer(socket, workers, new ReportApi(archive),
        new CopyCheckRoutes(copyChecks), StaticAssets.load(), log, refresher);
    refresher.scheduleWithFixedDelay(() -> server.refresh(archive, copyChecks), REFRESH_SECONDS,
        REFRESH_SECONDS, TimeUnit.SECONDS);
    Thread acceptor = new Thread(server::accept, "reportminer-http-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  /** The address actually listened on (the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  /** The base URL, {@code http://host:port}. */
  public String url() {
    InetSocketAddress a = address();
    String host = a.getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  /** Answers one request: what {@link HttpConnection} sends (tests call it in-process). */
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
      if (ResearchRoutes.owns(rawPath)) {
        return research.handle(method, rawPath, rawQuery);
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

  /** The headers of every answer: its Content-Type and the security headers. */
  private static Map<String, String> headers(Response r) {
    Map<String, String> h = new java.util.LinkedHashMap<>();
    h.put("Content-Type", r.contentType());
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("X-Frame-Options", "DENY");
    h.put("Referrer-Policy", "no-referrer");
    return h;
  }

  private void accept() {
    while (!socket.isClosed()) {
      Socket client;
      try {
        client = socket.accept();
      } catch (IOException e) {
        if (!socket.isClosed()) {
          log.println("reportminer serve: accepting a connection failed: " + e.getMessage());
          try {
            Thread.sleep(100); // out of file descriptors, say: do not spin
          } catch (InterruptedException ie) {
            return;
          }
        }
        continue;
      }
      try {
        connections.execute(() -> new HttpConnection(client).serve(this::answerOnWorker, ReportServer::headers));
      } catch (java.util.concurrent.RejectedExecutionException e) {
        try {
          client.close(); // too many connections at once, or shutting down
        } catch (IOException ignored) {
          // nothing to tell a client the server cannot take
        }
      }
    }
  }

  /** {@link #answer} on the bounded pool of request workers (which bounds the search work). */
  private Response answerOnWorker(String method, String rawPath, String rawQuery) {
    try {
      // a stopped pool drops the task (CallerRunsPolicy), so the wait is bounded
      return workers.submit(() -> answer(method, rawPath, rawQuery)).get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.RejectedExecutionException | java.util.concurrent.TimeoutException e) {
      return Response.error(503, "the server is stopping");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.error(503, "the server is stopping");
    } catch (java.util.concurrent.ExecutionException e) {
      return answer(method, rawPath, rawQuery); // unreachable: answer catches everything
    }
  }

  private void refresh(Backend archive, Optional<CopyChecks> copyChecks) {
    try {
      archive.refresh();
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
    try {
      socket.close(); // no new connections; those accepted are answered below
    } catch (IOException e) {
      log.println("reportminer serve: closing the socket failed: " + e.getMessage());
    }
    // requests in flight finish first (their connection threads still need the workers), then
    // the workers stop; a connection still waiting for its request after that is dropped
    connections.shutdown();
    try {
      if (!connections.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
        connections.shutdownNow();
      }
    } catch (InterruptedException e) {
      connections.shutdownNow();
      Thread.currentThread().interrupt();
    }
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
