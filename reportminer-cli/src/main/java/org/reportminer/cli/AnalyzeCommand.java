package org.reportminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.English;
import org.reportminer.model.Failure;
import org.reportminer.model.NumberValue;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.FailureLog;
import org.reportminer.pipeline.InputSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer analyze FILE... [--json] [--dict FILE]}: extraction, then analysis of every
 * report (organizations, persons, places, dates, numbers, themes, keywords). Prints JSON Lines
 * (the JSON record of docs/ARCHITECTURE.md) with {@code --json}, else a readable summary per report. Reports are
 * analyzed in parallel and printed in input order. A document that fails extraction, or a report
 * whose analysis throws, gets one line on stderr (and one in the failures log when {@code
 * --failures FILE} asks for one); the exit code is 1 when anything failed.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Extract reports and analyze them: entities, dates, numbers, themes, keywords.")
public final class AnalyzeCommand implements java.util.concurrent.Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories, .zip, .warc(.gz), or - for stdin.")
  List<String> inputs;

  @Option(names = "--json", description = "Print one JSON record per report (JSON Lines).")
  boolean json;

  @Option(names = "--dict", paramLabel = "FILE",
      description = "User dictionary: lines 'word nature [frequency]' (HanLP format); nt = organization, ns = place, nr = person, nis = organization suffix.")
  Path dictionary;

  @Option(names = "--recognizer", paramLabel = "NAME", defaultValue = "PERCEPTRON",
      description = "Entity recognizer under our rules: PERCEPTRON (the trained model) or HANLP (HanLP's HMM roles); default: ${DEFAULT-VALUE}.")
  AnalysisOptions.Recognizer recognizer;

  @Option(names = "--failures", paramLabel = "FILE",
      description = "Also write the failures to FILE, one JSON line per failed input (default: stderr only).")
  Path failures;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
      description = "Extraction time limit per document in seconds (default: ${DEFAULT-VALUE}).")
  double timeLimitSeconds;

  @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "64M", converter = ByteSize.class,
      description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Documents and reports processed in parallel (default: cores).")
  Integer threads;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeLimitSeconds <= 0 || (threads != null && threads < 1)) {
      err.println("reportminer analyze: --time-limit and --threads must be positive");
      return Main.USAGE;
    }
    if (dictionary != null && !Files.isReadable(dictionary)) {
      err.println("reportminer analyze: cannot read dictionary " + dictionary);
      return Main.USAGE;
    }
    ReportAnalyzer analyzer;
    try {
      analyzer = ReportAnalyzer.create(new AnalysisOptions(Optional.ofNullable(dictionary), recognizer));
    } catch (IllegalArgumentException e) {
      err.println("reportminer analyze: " + e.getMessage());
      return Main.USAGE;
    }
    InputSources.Inputs in = new InputSources(maxBytes).expand(inputs, System.in);
    int n = Workers.cap(threads, in.documents().size(), "analyze", err);
    ExtractionRun.Settings settings =
        new ExtractionRun.Settings(Duration.ofMillis(Math.round(timeLimitSeconds * 1000)), n, true);
    List<Report> reports = new ArrayList<>();
    int failed = 0;
    try (FailureLog log = failures == null ? null : new FailureLog(failures)) {
      List<Failure> extractionFailures = new ArrayList<>();
      new ExtractionRun(new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(maxBytes)), settings)
          .run(in, reports::add, extractionFailures::add);
      for (Failure f : extractionFailures) {
        report(err, log, f);
      }
      failed += (int) extractionFailures.stream().filter(f -> !f.warning()).count();
      List<Object> results = analyzeAll(analyzer, reports, n);
      for (Object r : results) {
        if (r instanceof AnalyzedReport a) {
          print(out, a);
        } else {
          report(err, log, (Failure) r);
          failed++;
        }
      }
    }
    out.flush();
    if (failed > 0) {
      err.println("reportminer: " + English.count(failed, "input") + " failed, "
          + English.count(reports.size(), "report") + " extracted; " + FailureNote.where(failures));
      err.flush();
      return Main.SOME_FAILED;
    }
    return Main.OK;
  }

  /** Analyzes in parallel, keeping input order; an exception becomes a Failure, not a crash. */
  private static List<Object> analyzeAll(ReportAnalyzer analyzer, List<Report> reports, int threads)
      throws InterruptedException {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(
              () -> reports.parallelStream()
                  .map(r -> {
                    try {
                      return (Object) analyzer.analyze(r);
                    } catch (RuntimeException e) {
                      String where = r.source().path() + (r.source().parts() > 1 ? "#" + r.source().part() : "");
                      return new Failure(where, r.source().sha256(), Failure.Stage.ANALYZE, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                  })
                  .toList())
          .get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis pool failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static void report(PrintWriter err, FailureLog log, Failure f) throws IOException {
    err.println("reportminer: " + f.message());
    err.flush();
    if (log != null) {
      log.write(f);
    }
  }

  private void print(PrintWriter out, AnalyzedReport a) {
    if (json) {
      out.println(RecordJson.line(RecordJson.toNode(a)));
      return;
    }
    Report r = a.report();
    var s = r.source();
    out.println("== " + r.title() + (s.parts() > 1 ? "  [part " + s.part() + "/" + s.parts() + "]" : ""));
    out.println("source:        " + s.path());
    out.println("published:     " + (r.published() != null ? r.published() : "-"));
    out.println("organizations: " + join(a.organizations()));
    out.println("persons:       " + join(a.persons()));
    out.println("places:        " + join(a.places()));
    List<String> dates = new ArrayList<>();
    for (DateValue d : a.dates()) {
      dates.add(d.text() + " → " + d.value());
    }
    out.println("dates:         " + join(dates));
    List<String> numbers = new ArrayList<>();
    for (NumberValue v : a.numbers()) {
      numbers.add(v.text() + " → " + v.value().stripTrailingZeros().toPlainString() + (v.unit() == null ? "" : " " + v.unit())
          + (v.approx() ? " (approx)" : ""));
    }
    out.println("numbers:       " + join(numbers));
    out.println("themes:        " + join(a.themes()));
    out.println("keywords:      " + join(a.keywords()));
    out.println();
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? "-" : String.join(" | ", values);
  }
}
