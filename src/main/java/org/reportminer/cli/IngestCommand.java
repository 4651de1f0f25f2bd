package org.reportminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.dedup.DedupFields;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.index.ReportSchema;
import org.reportminer.pipeline.FailureLog;
import org.reportminer.pipeline.IngestEngine;
import org.reportminer.pipeline.IngestOutcome;
import org.reportminer.pipeline.IngestSummary;
import org.reportminer.pipeline.InputSources;
import org.reportminer.pipeline.TimeLimitedExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer ingest PATH... [--index DIR] [--delete-missing]}: extracts, analyzes and
 * indexes documents, incrementally (unchanged documents are skipped by SHA-256, changed ones
 * replace their reports). Progress on stderr, the summary on stdout, one stderr line and one
 * failures-log line ({@code DIR/failures.jsonl}) per failed input; exit 1 when any failed.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Extract, analyze and index documents (incremental: unchanged files are skipped).")
public final class IngestCommand implements Callable<Integer> {
  private static final int PROGRESS_EVERY = 100;

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories, .zip, .warc(.gz), or - for stdin.")
  List<String> inputs;

  @Option(names = "--delete-missing",
      description = "Remove reports of documents that no longer exist.")
  boolean deleteMissing;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
      description = "Time limit per document in seconds (default: ${DEFAULT-VALUE}).")
  double timeLimitSeconds;

  @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "64M", converter = ByteSize.class,
      description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeLimitSeconds <= 0) {
      err.println("reportminer ingest: --time-limit must be positive");
      return Main.USAGE;
    }
    IndexLayout layout = index.layout();
    InputSources.Inputs in = new InputSources(maxBytes).expand(inputs, System.in);
    DedupSettings dedup = DedupSettings.defaults();
    ReportSchema schema = ReportSchema.withHanlp().with(new DedupFields(dedup));
    int total = in.documents().size() + in.failures().size();
    int[] done = {0};
    IngestSummary summary;
    try (ReportIndexWriter writer = ReportIndexWriter.open(layout.lucene(), schema);
        FailureLog log = new FailureLog(layout.failuresLog());
        TimeLimitedExtraction extraction = new TimeLimitedExtraction(
            new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(maxBytes)),
            Duration.ofMillis(Math.round(timeLimitSeconds * 1000)))) {
      ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
      IngestEngine engine = new IngestEngine(extraction, analyzer::analyze, writer);
      summary = engine.run(in.documents(), in.failures(),
          new IngestEngine.Options(deleteMissing),
          outcome -> {
            if (outcome instanceof IngestOutcome.Failed f) {
              err.println("reportminer: " + f.failure().message());
              log.write(f.failure());
            }
            if (++done[0] % PROGRESS_EVERY == 0) {
              err.printf("ingest: %d/%d inputs%n", done[0], total);
            }
            err.flush();
          });
    }
    IndexedDuplicates.Summary duplicates = new IndexedDuplicates(dedup).update(layout.lucene());
    out.printf("ingest: %d documents: %d indexed (%d reports, %d replaced an older version), "
            + "%d unchanged, %d failed%s%n",
        summary.documents(), summary.indexed(), summary.reports(), summary.replaced(),
        summary.unchanged(), summary.failed(),
        deleteMissing ? ", " + summary.deleted() + " gone documents removed" : "");
    out.printf("duplicates: %d reports checked, %d near-duplicate links added; the index holds %d "
            + "clusters of near-duplicates (%d reports)%n",
        duplicates.processed(), duplicates.links(), duplicates.clusters(), duplicates.clustered());
    out.flush();
    if (summary.failed() > 0) {
      err.println("reportminer: " + summary.failed() + " input(s) failed " + summary.failuresByStage()
          + "; see " + layout.failuresLog());
      err.flush();
      return Main.SOME_FAILED;
    }
    return Main.OK;
  }
}
