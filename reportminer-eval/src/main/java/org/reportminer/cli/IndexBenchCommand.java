package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.reportminer.bench.DocSections;
import org.reportminer.bench.IndexBenchmark;
import org.reportminer.bench.MachineInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer bench index}: indexing throughput, index size and query latency of our index
 * against StandardAnalyzer, SmartChineseAnalyzer and CJK-bigram indexes of the same generated
 * archive ({@link IndexBenchmark}); with {@code --write-docs} replaces the {@code bench:index}
 * section of docs/BENCHMARKS.md.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Index throughput, size and query latency against Lucene analyzer baselines.")
public final class IndexBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--reports", paramLabel = "N", defaultValue = "100000",
      description = "Reports to generate and index (default: ${DEFAULT-VALUE}).")
  int reports;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "300",
      description = "Queries in the mix (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "3",
      description = "Measured passes over the queries (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--threads", paramLabel = "N",
      description = "Indexing threads (default: cores).")
  Integer threads;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench-index",
      description = "Where the indexes are built (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--keep", description = "Keep the indexes after the run.")
  boolean keep;

  @Option(names = "--docs", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md",
      description = "Benchmarks document (default: ${DEFAULT-VALUE}).")
  Path docs;

  @Option(names = "--write-docs", description = "Replace the bench:index section of the benchmarks document.")
  boolean writeDocs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (reports < 1 || queries < 1 || passes < 1 || (threads != null && threads < 1)) {
      err.println("reportminer bench index: --reports, --queries, --passes and --threads must be positive");
      return Main.USAGE;
    }
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    IndexBenchmark.Config config =
        new IndexBenchmark.Config(reports, queries, passes, t, 42, work, keep);
    IndexBenchmark.Result result = new IndexBenchmark().run(config, line -> {
      err.println("bench index: " + line);
      err.flush();
    });
    String command = "./reportminer bench index"
        + (reports != 100000 ? " --reports " + reports : "")
        + (queries != 300 ? " --queries " + queries : "")
        + (passes != 3 ? " --passes " + passes : "")
        + (threads != null ? " --threads " + threads : "");
    String section = IndexBenchmark.markdown(result, command + " --write-docs",
        MachineInfo.describe(), LocalDate.now().toString());
    out.println(section);
    out.flush();
    if (writeDocs) {
      DocSections.replace(docs, "bench:index", "Benchmarks", section);
      err.println("reportminer: wrote the bench:index section of " + docs);
    }
    return Main.OK;
  }
}
