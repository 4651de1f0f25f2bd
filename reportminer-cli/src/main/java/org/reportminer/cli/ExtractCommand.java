package org.reportminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.English;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;
import org.reportminer.model.Section;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.FailureLog;
import org.reportminer.pipeline.InputSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer extract FILE... [--json]}: extracts reports (no analysis) from files,
 * directories, zip archives, WARC files or stdin ({@code -}). Prints JSON Lines with {@code
 * --json}, else a readable form. Each failed input gets one line on stderr, and one JSON line in
 * the failures log when {@code --failures FILE} asks for one (nothing is written to the current
 * folder otherwise); the exit code is 1 when any input failed.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract clean, split reports from pages and documents (no analysis).")
public final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories, .zip, .warc(.gz), or - for stdin.")
  List<String> inputs;

  @Option(names = "--json", description = "Print one JSON record per report (JSON Lines).")
  boolean json;

  @Option(names = "--failures", paramLabel = "FILE",
      description = "Also write the failures to FILE, one JSON line per failed input (default: stderr only).")
  Path failures;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
      description = "Time limit per document in seconds (default: ${DEFAULT-VALUE}).")
  double timeLimitSeconds;

  @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "64M", converter = ByteSize.class,
      description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Documents extracted in parallel (default: cores).")
  Integer threads;

  @Option(names = "--no-site-templates", description = "Do not learn and remove lines shared by the pages of a site.")
  boolean noSiteTemplates;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeLimitSeconds <= 0 || (threads != null && threads < 1)) {
      err.println("reportminer extract: --time-limit and --threads must be positive");
      return Main.USAGE;
    }
    ExtractorConfig config = ExtractorConfig.DEFAULTS.withMaxBytes(maxBytes);
    InputSources.Inputs in = new InputSources(maxBytes).expand(inputs, System.in);
    ExtractionRun.Settings settings =
        new ExtractionRun.Settings(
            Duration.ofMillis(Math.round(timeLimitSeconds * 1000)),
            Workers.cap(threads, in.documents().size(), "extract", err),
            !noSiteTemplates);
    AtomicInteger failed = new AtomicInteger();
    ExtractionRun.Summary summary;
    try (FailureLog log = failures == null ? null : new FailureLog(failures)) {
      summary =
          new ExtractionRun(new Extractor(config), settings)
              .run(
                  in,
                  r -> print(out, r),
                  f -> {
                    if (!f.warning()) {
                      failed.incrementAndGet();
                    }
                    err.println("reportminer: " + f.message());
                    err.flush();
                    if (log != null) {
                      log.write(f);
                    }
                  });
    }
    out.flush();
    if (summary.failures() > 0) {
      err.println("reportminer: " + English.count(summary.failures(), "input") + " failed, "
          + English.count(summary.reports(), "report") + " from " + English.count(summary.pages(), "document")
          + "; " + FailureNote.where(failures));
      err.flush();
      return Main.SOME_FAILED;
    }
    return Main.OK;
  }

  private void print(PrintWriter out, Report r) {
    if (json) {
      out.println(RecordJson.line(RecordJson.toNode(r)));
      return;
    }
    var s = r.source();
    out.println("== " + r.title() + (s.parts() > 1 ? "  [part " + s.part() + "/" + s.parts() + "]" : ""));
    out.println("id:        " + r.id());
    out.println("source:    " + s.path() + (s.url() != null ? "  <" + s.url() + ">" : ""));
    out.println("type:      " + s.mediaType() + (s.charset() != null ? ", " + s.charset() : "")
        + (s.invalidSequences() > 0 ? " (" + s.invalidSequences() + " invalid byte sequences as U+FFFD)" : "")
        + ", sha256 " + s.sha256().substring(0, 16) + "…");
    out.println("published: " + (r.published() != null ? r.published() : "-"));
    out.println("category:  " + (r.category().isEmpty() ? "-" : String.join(" > ", r.category())));
    if (!r.sections().isEmpty()) {
      out.println("sections:");
      for (Section sec : r.sections()) {
        out.println("  " + "  ".repeat(sec.level() - 1) + sec.heading() + "  [" + sec.start() + ".." + sec.end() + ")");
      }
    }
    out.println();
    out.println(r.text());
    out.println();
  }
}
