package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.reportminer.bench.AnalysisBenchmark;
import org.reportminer.bench.DedupBenchmark;
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
    subcommands = {BenchCommand.Extract.class, BenchCommand.Analyze.class, IndexBenchCommand.class, BenchCommand.Dedup.class,
        BenchCommand.Ingest.class, ViewsBenchCommand.class, LoadBenchCommand.class})
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
      return publish(spec, "bench:extract", body, writeDocs, docs);
    }
  }

  /** {@code bench analyze}: analysis chars/s next to raw HanLP segmentation with its NER on. */
  @Command(
      name = "analyze",
      mixinStandardHelpOptions = true,
      description = "Analysis chars/s for 1 KB to 1 MB reports, 1 and 2 threads, next to raw HanLP with its NER on the same text.")
  public static final class Analyze implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "reportminer-eval/src/test/resources/gold", description = "Gold directory whose texts make the documents (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--chars", paramLabel = "N", defaultValue = "1000000", description = "Characters per pass (default: ${DEFAULT-VALUE}).")
    long chars;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Warm-up passes (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "3", description = "Measured passes; the median counts (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2", description = "Thread counts (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--sizes", paramLabel = "CHARS", split = ",", defaultValue = "1000,10000,100000,1000000", description = "Document sizes in characters (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--forks", paramLabel = "N", defaultValue = "3", description = "Fresh JVMs the whole benchmark runs in, one after the other; medians over them count (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--one-document", description = "Every worker analyzes one and the same document per size again and again, instead of the distinct documents the corpus fills.")
    boolean oneDocument;

    @Option(names = "--in-this-jvm", hidden = true, description = "Measure in this JVM and print the rows as lines (what each fork runs).")
    boolean inThisJvm;

    @Option(names = "--write-docs", description = "Replace the bench:analyze section of the benchmarks document.")
    boolean writeDocs;

    @Option(names = "--docs", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md", description = "Benchmarks document (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      if (chars <= 0 || iterations < 1 || warmup < 0 || forks < 1 || threads.stream().anyMatch(t -> t < 1)
          || sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
        err.println("reportminer bench analyze: --chars, --iterations, --forks, --sizes and --threads must be positive");
        return Main.USAGE;
      }
      AnalysisBenchmark.Settings settings = new AnalysisBenchmark.Settings(gold, chars, warmup, iterations, sizes, threads, oneDocument);
      if (inThisJvm) {
        PrintWriter out = spec.commandLine().getOut();
        for (AnalysisBenchmark.Row row : new AnalysisBenchmark().run(settings, line -> {
          err.println("bench analyze: " + line);
          err.flush();
        })) {
          out.println(AnalysisBenchmark.rowLine(row));
        }
        out.flush();
        return 0;
      }
      List<AnalysisBenchmark.Forked> rows = AnalysisBenchmark.runForked(settings, forks, line -> {
        err.println(line);
        err.flush();
      });
      String command = "./reportminer bench analyze"
          + (chars == 1_000_000 ? "" : " --chars " + chars) + (warmup == 1 ? "" : " --warmup " + warmup)
          + (iterations == 3 ? "" : " --iterations " + iterations) + (forks == 3 ? "" : " --forks " + forks)
          + (sizes.equals(List.of(1_000, 10_000, 100_000, 1_000_000)) ? "" : " --sizes " + joined(sizes))
          + (threads.equals(List.of(1, 2)) ? "" : " --threads " + joined(threads))
          + (oneDocument ? " --one-document" : "") + " --write-docs";
      String body = "## Analysis throughput\n\n"
          + "Command: `" + command + "`  \n"
          + "Date: " + LocalDate.now() + "  \n"
          + "Machine: " + MachineInfo.describe() + "\n\n"
          + "Documents of " + sizes.stream().map(AnalysisBenchmark::label).collect(Collectors.joining(", "))
          + " (characters) cut from the gold corpus texts concatenated: "
          + (oneDocument ? "one document per size, analyzed again and again; "
              : "the distinct documents the corpus fills (column *distinct documents*), each worker taking them in "
                  + "turn, as in an archive of different reports; ")
          + "each pass processes about " + chars + " characters per worker (many small documents or one large one), "
          + warmup + " warm-up pass(es) (" + Math.max(warmup, AnalysisBenchmark.FIRST_ROW_WARMUP) + " before the first row), median of " + iterations + " measured passes; the three contenders take turns "
          + "pass by pass, so a change in the machine's load falls on all of them alike. With N threads, N workers "
          + "process their own documents at once (characters over wall time). The CPU columns compare the same "
          + "passes by the workers' CPU time instead of wall time. The whole benchmark runs in " + forks + " fresh "
          + "JVM(s) one after the other, because what the JIT compiler makes of the same code differs from one JVM to "
          + "the next: rates are medians over the JVMs, ratios the median of each JVM's own ratio, with the lowest "
          + "and highest JVM's beside it. *ours* is the whole analysis "
          + "(`ReportAnalyzer.analyze` with the default options: sentences, one HanLP segmentation per run of sentences "
          + "without HanLP's recognizers, the character-level perceptron NER model over it, our entity rules, dates, "
          + "numbers, themes, keywords). The baselines are raw HanLP (`HanlpSegmenter.withHanlpNer()`: segmentation "
          + "with its person, place and organization recognizers on) over the same text, in the same runs of sentences "
          + "our analysis hands to HanLP (at most 256 characters within a paragraph: the same HanLP work, so the ratio "
          + "is what our analysis adds) and one paragraph at a time (how raw HanLP is usually called; its recognizers "
          + "slow down on long input).\n\n"
          + AnalysisBenchmark.markdown(rows);
      return publish(spec, "bench:analyze", body, writeDocs, docs);
    }
  }

  /** {@code bench dedup}: near-duplicate detection time and memory at growing archive sizes. */
  @Command(
      name = "dedup",
      mixinStandardHelpOptions = true,
      description = {
        "Near-duplicate detection at 10k, 50k and 100k generated reports, and LSH recall against an all-pairs",
        "Jaccard comparison on 5k reports. Needs a few GB of heap: REPORTMINER_JAVA_OPTS=-Xmx4g."
      })
  public static final class Dedup implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "10000,50000,100000",
        description = "Archive sizes in reports (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--all-pairs", paramLabel = "N", defaultValue = "5000",
        description = "Reports in the all-pairs comparison (default: ${DEFAULT-VALUE}).")
    int allPairs;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--write-docs", description = "Replace the bench:dedup section of the benchmarks document.")
    boolean writeDocs;

    @Option(names = "--docs", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md", description = "Benchmarks document (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      if (sizes.stream().anyMatch(n -> n < 100) || allPairs < 100) {
        err.println("reportminer bench dedup: sizes must be at least 100 reports");
        return Main.USAGE;
      }
      DedupBenchmark bench = new DedupBenchmark();
      java.util.function.Consumer<String> log = line -> {
        err.println("bench dedup: " + line);
        err.flush();
      };
      List<DedupBenchmark.Row> rows = bench.scale(sizes, seed, log);
      DedupBenchmark.AllPairs all = bench.allPairs(allPairs, seed, log);
      String command = "REPORTMINER_JAVA_OPTS=-Xmx4g ./reportminer bench dedup"
          + (sizes.equals(List.of(10000, 50000, 100000)) ? "" : " --sizes " + joined(sizes))
          + (allPairs == 5000 ? "" : " --all-pairs " + allPairs)
          + (seed == 1 ? "" : " --seed " + seed) + " --write-docs";
      String body = DedupBenchmark.markdown(rows, all, command);
      return publish(spec, "bench:dedup", body, writeDocs, docs);
    }
  }

  /** {@code bench ingest}: end-to-end batch ingestion next to its stages' standalone costs. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = "End-to-end ingest of a generated archive with 1 and 2 threads, next to the stages' standalone costs (raw Tika/jsoup, HanLP, Lucene, and ours).")
  public static final class Ingest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "2000", description = "Generated documents (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "1000", description = "Documents on which each stage is timed alone (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2", description = "Thread counts of the end-to-end runs (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench-ingest", description = "Where the archive (kept and reused) and the indexes go (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus with the generator's site pages (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--write-docs", description = "Replace the bench:ingest section of the benchmarks document.")
    boolean writeDocs;

    @Option(names = "--docs-file", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md", description = "Benchmarks document (default: ${DEFAULT-VALUE}).")
    Path docsFile;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      if (docs < 1 || sample < 1 || threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
        err.println("reportminer bench ingest: --docs, --sample and --threads must be positive");
        return Main.USAGE;
      }
      String machine = MachineInfo.describe();
      org.reportminer.bench.IngestBenchmark.Result result = new org.reportminer.bench.IngestBenchmark().run(
          new org.reportminer.bench.IngestBenchmark.Config(docs, seed, sample, threads, work, corpus), line -> {
            err.println("bench ingest: " + line);
            err.flush();
          });
      String command = "./reportminer bench ingest --docs " + docs
          + (sample == 1000 ? "" : " --sample " + sample) + (seed == 1 ? "" : " --seed " + seed)
          + (threads.equals(List.of(1, 2)) ? "" : " --threads " + joined(threads))
          + " --write-docs";
      String body = "## Batch ingestion\n\n"
          + "Command: `" + command + "`  \n"
          + "Date: " + LocalDate.now() + "  \n"
          + "Machine: " + machine + "\n\n"
          + "A generated archive (`./reportminer generate`: corpus site pages around generated reports, HTML in "
          + "UTF-8/GBK/GB2312 with right, missing and wrong declarations, multi-report pages, copy-edited copies, "
          + "DOCX, PDF, GB18030 text) ingested end to end by `ParallelIngest` as `./reportminer ingest` runs it "
          + "(site-template pre-pass, read, extract, analyze with our full analyzer, index with the real schema and "
          + "dedup fields, checkpoints every 30 s, near-duplicate update at the end), once per thread count, each "
          + "into a fresh index. Beside it, in the same process and run, each stage alone on one thread over a "
          + "sample of the same documents: the raw libraries (Tika `AutoDetectParser` with a `BodyContentHandler` "
          + "for DOCX/PDF/text and `Jsoup.parse(bytes).text()` for HTML; HanLP segmentation with its recognizers "
          + "on the extracted texts, paragraph by paragraph; a plain Lucene `IndexWriter` with `CJKAnalyzer` over "
          + "id, title and body) and our own stages. The *stage-bound limit* with N threads is N cores doing "
          + "nothing but the stages' work (N / the per-document sum); wall times, so a busy shared machine "
          + "slows both sides. CPU use is the process's CPU time over wall time.\n\n"
          + org.reportminer.bench.IngestBenchmark.markdown(result);
      return publish(spec, "bench:ingest", body, writeDocs, docsFile);
    }
  }

  /** Prints a benchmark's section and, with --write-docs, puts it into the benchmarks document. */
  /** Values as a comma-separated option value, as the commands that write docs print them. */
  static String joined(List<Integer> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static int publish(CommandSpec spec, String section, String body, boolean writeDocs, Path docs)
      throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    out.println(body);
    out.flush();
    if (writeDocs) {
      DocSections.replace(docs, section, "Benchmarks", body);
      spec.commandLine().getErr().println("reportminer: wrote the " + section + " section of " + docs);
    }
    return Main.OK;
  }
}
