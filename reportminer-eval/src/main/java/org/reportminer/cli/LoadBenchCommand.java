package org.reportminer.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.reportminer.bench.LoadBenchmark;
import org.reportminer.bench.LoadSettings;
import org.reportminer.bench.MachineInfo;
import org.reportminer.bench.SyntheticIndex;
import org.reportminer.engine.ArchiveStats;
import org.reportminer.index.IndexLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer bench load}: a bounded load test of the real server on loopback
 * ({@link LoadBenchmark}), on a given index or one generated and ingested for it; with
 * {@code --write-docs} replaces the {@code bench:load} section of docs/BENCHMARKS.md.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {"Starts the server on loopback and drives it with concurrent HTTP clients over search, similar and",
        "copy-check requests, bounded by --requests and --seconds; one client is measured in the same run as the baseline."})
public final class LoadBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", description = "Index to serve (default: one generated and ingested under --work).")
  Path index;

  @Option(names = "--docs", paramLabel = "N", defaultValue = "2000", description = "Documents to generate when no --index is given (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--synthetic", paramLabel = "N", description = {"Serve an index of N generated reports carrying the generator's analysis (the archive of bench index;",
      "no extraction or HanLP, so a million reports take minutes), with copy-check fingerprints and near-duplicates as",
      "ingest writes them; built under --work and reused."})
  Integer synthetic;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench-load", description = "Where the generated archive and its index go, kept and reused (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus with the generator's site pages (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--requests", paramLabel = "N", defaultValue = "5000", description = "At most this many measured requests per run (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "At most this many seconds per run (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "300", description = "Warm-up requests, not measured (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServerConfigDefaults.HOST, description = "Loopback address to serve and call; anything else is refused (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--mix", paramLabel = "S,L,C", split = ",", defaultValue = "8,1,1", description = "Weights of search, similar and copy-check requests (default: ${DEFAULT-VALUE}).")
  List<Integer> mix;

  @Option(names = "--shared-client", description = "One HttpClient shared by all client threads (default: one per thread).")
  boolean sharedClient;

  @Option(names = "--write-docs", description = "Replace the bench:load section of the benchmarks document.")
  boolean writeDocs;

  @Option(names = "--docs-file", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md", description = "Benchmarks document (default: ${DEFAULT-VALUE}).")
  Path docsFile;

  /** Holds the default host as a constant picocli can use. */
  private static final class ServerConfigDefaults {
    static final String HOST = "127.0.0.1";
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    LoadSettings settings;
    try {
      if (mix.size() != 3) {
        throw new IllegalArgumentException("--mix takes three weights: search,similar,copycheck");
      }
      if (index != null && synthetic != null) {
        throw new IllegalArgumentException("--index and --synthetic exclude each other");
      }
      if (synthetic != null && synthetic < 1) {
        throw new IllegalArgumentException("--synthetic must be at least 1");
      }
      if (index == null && docs < 1) {
        throw new IllegalArgumentException("--docs must be at least 1");
      }
      settings = new LoadSettings(host, clients, requests, seconds, warmup, sharedClient,
          new LoadSettings.Mix(mix.get(0), mix.get(1), mix.get(2)));
    } catch (IllegalArgumentException e) {
      err.println("reportminer bench load: " + e.getMessage());
      return Main.USAGE;
    }
    Consumer<String> progress = line -> {
      err.println("bench load: " + line);
      err.flush();
    };
    IndexLayout layout = synthetic != null
        ? SyntheticIndex.forServing(work.resolve("synthetic-" + synthetic), synthetic, 42,
            Runtime.getRuntime().availableProcessors(), progress)
        : new IndexLayout(index != null ? index : generated(err));
    if (!ArchiveStats.exists(layout)) {
      err.println("reportminer bench load: no index in " + layout.root() + " (run ingest first)");
      return Main.USAGE;
    }
    PrintStream serverLog = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    LoadBenchmark.Result result;
    try {
      result = new LoadBenchmark().run(layout, settings, progress, serverLog);
    } catch (IllegalArgumentException e) {
      err.println("reportminer bench load: " + e.getMessage());
      return Main.USAGE;
    }
    return BenchCommand.publish(spec, "bench:load", section(result), writeDocs, docsFile);
  }

  /** The generated archive's index under --work, generated and ingested when missing. */
  private Path generated(PrintWriter err) throws Exception {
    Path dir = work.resolve("docs-" + docs);
    Path idx = work.resolve("index-" + docs);
    if (ArchiveStats.exists(new IndexLayout(idx))) {
      return idx;
    }
    StringWriter out = new StringWriter();
    if (!Files.isDirectory(dir)) {
      err.println("bench load: generating " + docs + " documents into " + dir);
      err.flush();
      if (Main.run(new PrintWriter(out), err, "generate", "--docs", String.valueOf(docs), "--out", dir.toString(),
          "--corpus", corpus.toString()) != Main.OK) {
        throw new IllegalStateException("generate failed: " + out);
      }
    }
    err.println("bench load: ingesting " + dir + " into " + idx);
    err.flush();
    int code = Main.run(new PrintWriter(out), err, "ingest", dir.toString(), "--index", idx.toString(), "--progress", "none");
    if (code != Main.OK && !ArchiveStats.exists(new IndexLayout(idx))) {
      throw new IllegalStateException("ingest failed: " + out);
    }
    return idx;
  }

  private String section(LoadBenchmark.Result r) {
    String command = "./reportminer bench load"
        + (index != null ? " --index " + index
            : synthetic != null ? " --synthetic " + synthetic : " --docs " + docs)
        + " --clients " + clients + " --requests " + requests + " --seconds " + fmt(seconds)
        + (warmup == 300 ? "" : " --warmup " + warmup)
        + (mix.equals(List.of(8, 1, 1)) ? "" : " --mix " + BenchCommand.joined(mix))
        + (sharedClient ? " --shared-client" : "") + " --write-docs";
    return "## Server under load\n\n"
        + "Command: `" + command + "`  \n"
        + "Date: " + LocalDate.now() + "  \n"
        + "Machine: " + MachineInfo.describe() + "\n\n"
        + String.format(Locale.ROOT, "Index: %,d reports, %.0f MB%s. ", r.reports(), r.sizeBytes() / 1e6,
            synthetic == null ? "" : " (generated with the generator's own analysis, not extracted or analyzed by"
                + " HanLP: `bench index`'s archive, seed 42; copy-check fingerprints and near-duplicates as ingest"
                + " writes them)")
        + "The real server (`ReportServer` over `Archive`, " + r.serverThreads() + " request workers, queue 64) on "
        + host + " and an ephemeral port, in the same JVM as the clients and on the same cores. Each client is a "
        + "thread sending one request at a time with " + (sharedClient ? "one `java.net.http.HttpClient` shared by all"
            : "its own `java.net.http.HttpClient`") + " (HTTP/1.1; the server closes every connection, so each "
        + "request opens one). The mix is fixed: request k is always the same path; of every "
        + (mix.get(0) + mix.get(1) + mix.get(2)) + " requests " + mix.get(0) + " go to `/api/search?q=…` (the 300-query "
        + "set of `bench index` in turn, default facets, snippets and page size), " + mix.get(1)
        + " to `/api/similar/ID` and " + (r.copyChecks() ? mix.get(2) : 0) + " to `/api/copycheck/ID`"
        + (r.copyChecks() ? "" : " (the index has no copy-check fingerprints)") + ", over " + LoadBenchmark.IDS
        + " ids taken from the queries' first hits. " + warmup + " warm-up requests first (not counted); then "
        + (clients > 1 ? "one client and then " + clients + " clients run the same requests, each run" : "the run is")
        + " bounded by " + requests + " requests or " + fmt(seconds) + " s, whichever comes first. Latency is "
        + "from sending the request to the end of the answer's body, nearest-rank percentiles; errors are answers "
        + "other than 200 and failed requests.\n\n"
        + LoadBenchmark.table(r);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
