package org.reportminer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One bounded run of a load test: {@code clients} threads send the requests of a {@link LoadMix}
 * to a server until {@code requests} were sent or {@code seconds} passed, whichever comes first,
 * and record each request's latency per route. A progress line (requests done, rate, current p99)
 * goes to {@code progress} at most once a second.
 */
public final class LoadRun {

  /** Figures of one route in one run. */
  public record RouteResult(LoadRoute route, int requests, int errors, double perSecond, LatencySummary latency) {}

  /** Figures of one run: its clients, wall seconds and routes. */
  public record Result(int clients, double seconds, List<RouteResult> routes) {
    /** Requests over all routes. */
    public int requests() {
      return routes.stream().mapToInt(RouteResult::requests).sum();
    }

    /** Failed requests over all routes. */
    public int errors() {
      return routes.stream().mapToInt(RouteResult::errors).sum();
    }

    /** The figures of {@code route}, if the run sent any. */
    public java.util.Optional<RouteResult> route(LoadRoute route) {
      return routes.stream().filter(r -> r.route() == route).findFirst();
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final LoadMix mix;
  private final Consumer<String> progress;

  /**
   * @param base the server's base URL ({@code http://127.0.0.1:PORT})
   * @param mix what to send
   * @param progress where the progress line goes
   */
  public LoadRun(URI base, LoadMix mix, Consumer<String> progress) {
    LoadSettings.requireLoopback(base.getHost());
    this.base = base;
    this.mix = mix;
    this.progress = progress;
  }

  /**
   * Sends requests {@code first}, {@code first + 1} … of the mix with {@code clients} threads, at
   * most {@code requests} of them and for at most {@code seconds}.
   */
  public Result run(String label, int clients, long first, int requests, double seconds, boolean sharedClient)
      throws InterruptedException {
    Recorder recorder = new Recorder();
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    HttpClient shared = sharedClient ? newClient() : null;
    ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
      Thread t = new Thread(r, "load-client");
      t.setDaemon(true);
      return t;
    });
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "load-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> progress.accept(line(label, recorder, start)), 1, 1, TimeUnit.SECONDS);
    List<Future<?>> clientsDone = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        clientsDone.add(pool.submit(() -> {
          HttpClient http = shared != null ? shared : newClient();
          for (long k = next.getAndIncrement(); k < requests && System.nanoTime() < deadline; k = next.getAndIncrement()) {
            send(http, first + k, recorder);
          }
          return null;
        }));
      }
      for (Future<?> f : clientsDone) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("a load client failed", e.getCause());
        }
      }
    } finally {
      ticker.shutdownNow();
      pool.shutdownNow();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    progress.accept(line(label, recorder, start));
    return new Result(clients, wall, recorder.results(wall));
  }

  private void send(HttpClient http, long k, Recorder recorder) throws InterruptedException {
    LoadRoute route = mix.route(k);
    HttpRequest request = HttpRequest.newBuilder(base.resolve(mix.path(k))).timeout(TIMEOUT).GET().build();
    long t0 = System.nanoTime();
    boolean ok;
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      ok = response.statusCode() == 200;
    } catch (IOException e) {
      ok = false;
    }
    recorder.add(route, System.nanoTime() - t0, ok);
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  private static String line(String label, Recorder recorder, long start) {
    double s = (System.nanoTime() - start) / 1e9;
    int done = recorder.count();
    return String.format(Locale.ROOT, "%s: %d requests, %.1f/s, p99 %.1f ms, %d errors",
        label, done, done / Math.max(s, 1e-9), recorder.p99Millis(), recorder.errors());
  }

  /** Latencies per route, filled by the client threads. */
  private static final class Recorder {
    private final Map<LoadRoute, LongList> latencies = new EnumMap<>(LoadRoute.class);
    private final Map<LoadRoute, Integer> errors = new EnumMap<>(LoadRoute.class);

    synchronized void add(LoadRoute route, long nanos, boolean ok) {
      if (ok) {
        latencies.computeIfAbsent(route, r -> new LongList()).add(nanos);
      } else {
        errors.merge(route, 1, Integer::sum);
      }
    }

    synchronized int count() {
      return latencies.values().stream().mapToInt(LongList::size).sum() + errors();
    }

    synchronized int errors() {
      return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized double p99Millis() {
      LongList all = new LongList();
      latencies.values().forEach(all::addAll);
      return LatencySummary.of(all.toArray()).p99();
    }

    synchronized List<RouteResult> results(double wall) {
      List<RouteResult> out = new ArrayList<>();
      for (LoadRoute route : LoadRoute.values()) {
        LongList l = latencies.getOrDefault(route, new LongList());
        int e = errors.getOrDefault(route, 0);
        if (l.size() + e > 0) {
          out.add(new RouteResult(route, l.size() + e, e, (l.size() + e) / wall, LatencySummary.of(l.toArray())));
        }
      }
      return out;
    }
  }

  /** A growable array of longs. */
  private static final class LongList {
    private long[] values = new long[256];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(LongList other) {
      for (int i = 0; i < other.size; i++) {
        add(other.values[i]);
      }
    }

    int size() {
      return size;
    }

    long[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
