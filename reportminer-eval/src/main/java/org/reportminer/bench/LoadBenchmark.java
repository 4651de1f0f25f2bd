package org.reportminer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.reportminer.engine.Archive;
import org.reportminer.engine.ArchiveStats;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.IndexStatistics;
import org.reportminer.search.QueryException;
import org.reportminer.server.ReportServer;
import org.reportminer.server.ServerConfig;

/**
 * The load test ({@code reportminer bench load}): starts the real {@link ReportServer} over an
 * {@link Archive} on a loopback address and an ephemeral port, warms it up, then drives it with
 * one client (the baseline) and with the asked number of clients over the same {@link LoadMix}.
 * The clients run in the same process as the server, on the same cores.
 */
public final class LoadBenchmark {

  /** Report ids the mix spreads similar and copy-check requests over. */
  public static final int IDS = 200;

  /**
   * What a load test measured.
   *
   * @param reports reports in the index
   * @param sizeBytes the index's size on disk
   * @param copyChecks whether the index carries copy-check fingerprints (else no copy-check requests)
   * @param serverThreads the server's request workers
   * @param baseline the one-client run (the same run as {@code measured} when it has one client)
   * @param measured the run with the asked clients
   */
  public record Result(long reports, long sizeBytes, boolean copyChecks, int serverThreads,
      LoadRun.Result baseline, LoadRun.Result measured) {}

  /**
   * Runs the load test on the index at {@code index}; progress lines go to {@code progress}.
   *
   * @throws IllegalArgumentException when the mix has only copy checks and the index cannot check copies
   */
  public Result run(IndexLayout index, LoadSettings settings, Consumer<String> progress, PrintStream serverLog)
      throws IOException, QueryException, InterruptedException {
    IndexStatistics stats = ArchiveStats.of(index).index();
    try (Archive archive = Archive.open(index)) {
      boolean copies = archive.canCheckCopies();
      LoadSettings.Mix weights = copies ? settings.mix()
          : new LoadSettings.Mix(settings.mix().search(), settings.mix().similar(), 0);
      if (!copies && settings.mix().search() + settings.mix().similar() == 0) {
        throw new IllegalArgumentException("the index has no copy-check fingerprints and the mix has only copy checks");
      }
      if (!copies) {
        progress.accept("the index has no copy-check fingerprints: no copy-check requests");
      }
      LoadMix mix = LoadMix.of(archive, weights, IDS);
      ServerConfig config = ServerConfig.local(index, 0).withHost(settings.host());
      try (ReportServer server = ReportServer.start(config, archive, serverLog)) {
        URI base = URI.create(server.url());
        LoadRun load = new LoadRun(base, mix, progress);
        long k = 0;
        if (settings.warmup() > 0) {
          load.run("warm-up", settings.clients(), k, settings.warmup(), settings.seconds(), settings.sharedClient());
          k += settings.warmup();
        }
        LoadRun.Result baseline = null;
        if (settings.clients() > 1) {
          baseline = load.run("1 client", 1, k, settings.requests(), settings.seconds(), settings.sharedClient());
        }
        LoadRun.Result measured = load.run(settings.clients() == 1 ? "1 client" : settings.clients() + " clients", settings.clients(), k,
            settings.requests(), settings.seconds(), settings.sharedClient());
        return new Result(stats.reports(), stats.sizeBytes(), copies, config.threads(),
            baseline == null ? measured : baseline, measured);
      }
    }
  }

  /** The figures as a Markdown table: one row per route and run, search ratios against one client. */
  public static String table(Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append("| run | route | requests | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    if (r.baseline() != r.measured()) {
      rows(sb, r.baseline());
    }
    rows(sb, r.measured());
    sb.append(String.format(Locale.ROOT, "%nAll routes: %d requests in %.1f s, %.1f requests/s (%d client%s)",
        r.measured().requests(), r.measured().seconds(), r.measured().requests() / r.measured().seconds(),
        r.measured().clients(), r.measured().clients() == 1 ? "" : "s"));
    if (r.baseline() != r.measured()) {
      sb.append(String.format(Locale.ROOT, "; one client: %d requests in %.1f s, %.1f requests/s",
          r.baseline().requests(), r.baseline().seconds(), r.baseline().requests() / r.baseline().seconds()));
    }
    sb.append(".\n");
    Optional<LoadRun.RouteResult> one = r.baseline().route(LoadRoute.SEARCH);
    Optional<LoadRun.RouteResult> many = r.measured().route(LoadRoute.SEARCH);
    if (r.baseline() != r.measured() && one.isPresent() && many.isPresent()) {
      LatencySummary a = one.get().latency();
      LatencySummary b = many.get().latency();
      sb.append(String.format(Locale.ROOT,
          "%nSearch with %d clients against one client: %.2fx the requests/s, p50 %.2fx, p95 %.2fx, p99 %.2fx, max %.2fx.%n",
          r.measured().clients(), many.get().perSecond() / one.get().perSecond(), b.p50() / a.p50(),
          b.p95() / a.p95(), b.p99() / a.p99(), b.max() / a.max()));
    }
    return sb.toString();
  }

  private static void rows(StringBuilder sb, LoadRun.Result run) {
    for (LoadRun.RouteResult route : run.routes()) {
      LatencySummary l = route.latency();
      sb.append(String.format(Locale.ROOT, "| %d client%s | `%s` | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
          run.clients(), run.clients() == 1 ? "" : "s", route.route().label(), route.requests(), route.errors(),
          route.perSecond(), l.p50(), l.p95(), l.p99(), l.max()));
    }
  }
}
