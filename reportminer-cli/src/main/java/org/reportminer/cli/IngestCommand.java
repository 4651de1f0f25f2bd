package org.reportminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.engine.ArchiveStats;
import org.reportminer.engine.Ingestion;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.IndexStatistics;
import org.reportminer.model.English;
import org.reportminer.pipeline.IdScheme;
import org.reportminer.pipeline.ParallelIngest;
import org.reportminer.pipeline.ProgressDisplay;
import org.reportminer.pipeline.RunCounters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer ingest PATH... [--index DIR] [--threads N] [--retry-failed] ...}: extracts,
 * analyzes and indexes documents in parallel ({@link ParallelIngest}), incrementally (unchanged
 * documents are skipped by SHA-256) and resumably (the same command after a kill or Ctrl-C
 * continues where the last checkpoint left off). Progress on stderr, the summary on stdout, one
 * failures-log line ({@code DIR/failures.jsonl}) per failed input; exit 1 when any failed.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extract, analyze and index documents in parallel; incremental and resumable.",
      "Unchanged files are skipped; after a kill or Ctrl-C the same command continues where it stopped."})
public final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files, directories, .zip, .warc(.gz), or - for stdin.")
  List<String> inputs = List.of();

  @Option(names = "--retry-failed",
      description = "Run again exactly the inputs in the failures log (those that now succeed leave it).")
  boolean retryFailed;

  @Option(names = "--delete-missing",
      description = "Remove reports of documents that no longer exist.")
  boolean deleteMissing;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents processed at once (default: the number of cores).")
  Integer threads;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
      description = "Time limit per document in each of reading, extraction and analysis (default: ${DEFAULT-VALUE}).")
  double timeLimitSeconds;

  @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "64M", converter = ByteSize.class,
      description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--no-site-templates", negatable = false,
      description = "Do not learn and remove lines repeated by a site's template (saves the pre-pass).")
  boolean noSiteTemplates;

  @Option(names = "--commit-every", paramLabel = "SECONDS", defaultValue = "30",
      description = "Seconds between checkpoints (default: ${DEFAULT-VALUE}).")
  double commitEverySeconds;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal, else log lines), bar, log or none (default: ${DEFAULT-VALUE}).")
  String progress;

  @Option(names = "--log-every", paramLabel = "SECONDS", defaultValue = "30",
      description = "Seconds between progress lines when not on a terminal (default: ${DEFAULT-VALUE}).")
  double logEverySeconds;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String usage = usageError();
    if (usage != null) {
      err.println("reportminer ingest: " + usage);
      return Main.USAGE;
    }
    IndexLayout layout = index.layout();
    if (Files.exists(layout.root()) && !Files.isDirectory(layout.root())) {
      err.println("reportminer ingest: --index " + layout.root()
          + " is a file, not an index directory (give a new or existing index directory)");
      return Main.USAGE;
    }
    // the number of inputs is known only once they are enumerated (directories, archives), so
    // the cap here is the machine's cores
    int n = Workers.cap(threads, -1, "ingest", err);
    ParallelIngest.Settings settings = ParallelIngest.Settings.defaults(n)
        .withTimeLimit(Duration.ofMillis(Math.round(timeLimitSeconds * 1000)))
        .withSiteTemplates(!noSiteTemplates)
        .withDeleteMissing(deleteMissing)
        .withCommitEvery(Duration.ofMillis(Math.round(commitEverySeconds * 1000)));
    // one stderr line per failed input, above the progress bar
    AtomicReference<ProgressDisplay> display = new AtomicReference<>();
    Ingestion engine = new Ingestion(layout, settings, maxBytes, f -> {
      ProgressDisplay d = display.get();
      if (d != null) {
        d.message("reportminer: " + f.message());
      }
    });
    ParallelIngest.Job job = retryFailed ? engine.retryJob() : engine.job(inputs, System.in);

    Thread hook = new Thread(() -> {
      engine.stop();
      try {
        engine.awaitFinished(Duration.ofSeconds(60));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ingest-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    ParallelIngest.Result result;
    try (ProgressDisplay shown = new ProgressDisplay(engine::progress, err, mode(),
        Duration.ofMillis(Math.round(logEverySeconds * 1000)))) {
      display.set(shown);
      result = engine.run(job);
    } catch (IdScheme.RefusedException e) {
      err.println("reportminer ingest: " + e.getMessage());
      return Main.USAGE;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook is running
      }
    }
    printSummary(out, result, layout, engine.nearDuplicates());
    out.flush();
    if (!result.completed()) {
      err.println("reportminer: ingest interrupted; run the same command again to continue");
      err.flush();
      return Main.SOME_FAILED;
    }
    if (result.counters().failed() > 0) {
      err.println("reportminer: " + English.count(result.counters().failed(), "input") + " failed; see "
          + layout.failuresLog()
          + " (retry with --retry-failed)");
      err.flush();
      return Main.SOME_FAILED;
    }
    return Main.OK;
  }

  private String usageError() {
    if (timeLimitSeconds <= 0) {
      return "--time-limit must be positive";
    }
    if (commitEverySeconds < 0 || logEverySeconds <= 0) {
      return "--commit-every and --log-every must be positive";
    }
    if (threads != null && threads < 1) {
      return "--threads must be at least 1";
    }
    if (retryFailed && !inputs.isEmpty()) {
      return "--retry-failed takes no PATH (it retries the inputs in the failures log)";
    }
    if (!retryFailed && inputs.isEmpty()) {
      return "give at least one PATH (or --retry-failed)";
    }
    if (!List.of("auto", "bar", "log", "none").contains(progress)) {
      return "--progress must be auto, bar, log or none";
    }
    return null;
  }

  private ProgressDisplay.Mode mode() {
    return switch (progress) {
      case "bar" -> ProgressDisplay.Mode.BAR;
      case "log" -> ProgressDisplay.Mode.LOG;
      case "none" -> ProgressDisplay.Mode.NONE;
      default -> ProgressDisplay.Mode.auto();
    };
  }

  private static void printSummary(PrintWriter out, ParallelIngest.Result result, IndexLayout layout,
      IndexedDuplicates.Summary duplicates) throws IOException {
    RunCounters c = result.counters();
    out.printf(Locale.ROOT, "ingest %s in %.1f s%s%n", result.completed() ? "finished" : "interrupted",
        result.elapsed().toMillis() / 1000.0,
        result.resumedAt() > 0 ? " (resumed after input " + result.resumedAt() + ")" : "");
    out.printf(Locale.ROOT, "  inputs            %d (%s, %d read)%n", c.inputs(), English.count(c.documents(), "document"),
        c.read());
    out.printf(Locale.ROOT, "  pages indexed     %d (%d split into several reports, %d replaced an older version)%n",
        c.indexed(), c.splitPages(), c.replaced());
    out.printf(Locale.ROOT, "  reports indexed   %d%n", c.reports());
    out.printf(Locale.ROOT, "  unchanged skipped %d%n", c.unchanged());
    if (c.deleted() > 0) {
      out.printf(Locale.ROOT, "  gone, removed     %d%n", c.deleted());
    }
    if (result.templateSites() > 0) {
      out.printf(Locale.ROOT, "  site templates    lines removed on %s%n", English.count(result.templateSites(), "site"));
    }
    ArchiveStats stats = ArchiveStats.of(layout);
    IndexStatistics s = stats.index();
    out.printf(Locale.ROOT, "  index             %s, %s (in %s)%n", English.count(s.reports(), "report"),
        English.count(s.exactDuplicates(), "exact duplicate"), English.count(s.exactDuplicateGroups(), "group"));
    out.printf(Locale.ROOT, "  near duplicates   %d (in %s)%s%n", stats.nearDuplicates(),
        English.count(stats.nearDuplicateClusters(), "cluster"), duplicates == null ? ""
            : String.format(Locale.ROOT, "; %s checked, %s added", English.count(duplicates.processed(), "report"),
                English.count(duplicates.links(), "link")));
    if (c.charsetWarnings() > 0) {
      out.printf(Locale.ROOT, "  doubtful charset  %d (indexed; see %s)%n", c.charsetWarnings(), layout.failuresLog());
    }
    out.printf(Locale.ROOT, "  failed            %d%n", c.failed());
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(s.failuresByReason()).entrySet()) {
      out.printf(Locale.ROOT, "    %-40s %d%n", e.getKey(), e.getValue());
    }
    if (result.abandonedThreads() > 0) {
      out.printf(Locale.ROOT, "  threads abandoned after a time limit: %d%n", result.abandonedThreads());
    }
  }
}
