package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.reportminer.bench.DocSections;
import org.reportminer.bench.MachineInfo;
import org.reportminer.bench.ViewsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer bench views}: latency of timelines, entity pages and concordance pages on a
 * generated archive ({@link ViewsBenchmark}); with {@code --write-docs} replaces the {@code
 * bench:views} section of docs/BENCHMARKS.md.
 */
@Command(
    name = "views",
    mixinStandardHelpOptions = true,
    description = "Timeline, entity page and concordance latency on a generated archive.")
public final class ViewsBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--reports", paramLabel = "N", defaultValue = "100000",
      description = "Reports to generate and index (default: ${DEFAULT-VALUE}).")
  int reports;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "5",
      description = "Measured passes (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: cores).")
  Integer threads;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench-views",
      description = "Where the index is built and kept for the next run (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--docs", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md",
      description = "Benchmarks document (default: ${DEFAULT-VALUE}).")
  Path docs;

  @Option(names = "--write-docs", description = "Replace the bench:views section of the benchmarks document.")
  boolean writeDocs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (reports < 1 || passes < 1 || (threads != null && threads < 1)) {
      err.println("reportminer bench views: --reports, --passes and --threads must be positive");
      return Main.USAGE;
    }
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ViewsBenchmark.Result result = new ViewsBenchmark().run(
        new ViewsBenchmark.Config(reports, passes, t, 42, work), line -> {
          err.println("bench views: " + line);
          err.flush();
        });
    String command = "./reportminer bench views" + (reports != 100000 ? " --reports " + reports : "")
        + (passes != 5 ? " --passes " + passes : "") + (threads != null ? " --threads " + threads : "");
    String section = ViewsBenchmark.markdown(result, command + " --write-docs",
        MachineInfo.describe(), LocalDate.now().toString());
    out.println(section);
    out.flush();
    if (writeDocs) {
      DocSections.replace(docs, "bench:views", "Benchmarks", section);
      err.println("reportminer: wrote the bench:views section of " + docs);
    }
    return Main.OK;
  }
}
