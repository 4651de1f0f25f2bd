package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.bench.DocSections;
import org.reportminer.bench.ExtractionBenchmark;
import org.reportminer.bench.MachineInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer bench <stage>}: benchmarks, one subcommand per stage, each measured against
 * a raw-library baseline in the same run and written (with {@code --write-docs}) into its own
 * section of docs/BENCHMARKS.md.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks per stage, against raw-library baselines measured in the same run.",
    subcommands = {BenchCommand.Extract.class})
public final class BenchCommand {

  /** {@code bench extract}: extraction throughput per document type against Tika and jsoup. */
  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = "Extraction MB/s per document type next to Tika's and jsoup's own parsing of the same bytes.")
  public static final class Extract implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Documents to measure on (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--mb", paramLabel = "MB", defaultValue = "4", description = "Megabytes per pass and type; documents are replicated up to it (default: ${DEFAULT-VALUE}).")
    double mb;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Warm-up passes (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5", description = "Measured passes; the median counts (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--write-docs", description = "Replace the bench:extract section of the benchmarks document.")
    boolean writeDocs;

    @Option(names = "--docs", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md", description = "Benchmarks document (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Override
    public Integer call() throws Exception {
      if (mb <= 0 || iterations < 1 || warmup < 0) {
        spec.commandLine().getErr().println("reportminer bench extract: --mb and --iterations must be positive");
        return Main.USAGE;
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ExtractionBenchmark.Settings settings =
          new ExtractionBenchmark.Settings(corpus, (long) (mb * 1_000_000), warmup, iterations);
      List<ExtractionBenchmark.Row> rows =
          new ExtractionBenchmark().run(settings, line -> {
            err.println("bench extract: " + line);
            err.flush();
          });
      String command = "./reportminer bench extract"
          + (corpus.toString().equals("corpus") ? "" : " --corpus " + corpus)
          + (mb == 4 ? "" : " --mb " + mb) + (warmup == 2 ? "" : " --warmup " + warmup)
          + (iterations == 5 ? "" : " --iterations " + iterations) + " --write-docs";
      String body = "## Extraction throughput\n\n"
          + "Command: `" + command + "`  \n"
          + "Date: " + LocalDate.now() + "  \n"
          + "Machine: " + MachineInfo.describe() + "\n\n"
          + "Single thread, documents in memory (no disk reads). Each pass runs over the corpus documents of one "
          + "type, replicated to at least " + mb + " MB; " + warmup + " warm-up passes, median of " + iterations
          + " measured passes. *reportminer extract* is the whole stage from bytes (type and charset detection, "
          + "cleaning, splitting, sections); the baselines are Tika's `AutoDetectParser` into a "
          + "`BodyContentHandler` and jsoup's `Jsoup.parse(bytes).text()` (HTML and text only) on the same bytes.\n\n"
          + ExtractionBenchmark.markdown(rows);
      out.println(body);
      out.flush();
      if (writeDocs) {
        DocSections.replace(docs, "bench:extract", "Benchmarks", body);
        err.println("reportminer: wrote the bench:extract section of " + docs);
      }
      return Main.OK;
    }
  }
}
