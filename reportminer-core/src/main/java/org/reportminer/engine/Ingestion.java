package org.reportminer.engine;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.dedup.DedupFields;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.Failure;
import org.reportminer.pipeline.InputSources;
import org.reportminer.pipeline.ParallelIngest;

/**
 * One ingestion run into an index, assembled as the product runs it: extraction with the given
 * size limit, the shipped analysis, the index schema with dedup fingerprints, and the
 * near-duplicate update once every input has been through ({@link ParallelIngest} does the work).
 * A face builds one, starts {@link #run} on a job, shows {@link #progress()}, and may {@link
 * #stop()} it from another thread; {@link #nearDuplicates()} tells what the final step did.
 */
public final class Ingestion {
  private final ParallelIngest run;
  private final long maxBytes;
  private volatile IndexedDuplicates.Summary nearDuplicates;

  /**
   * @param layout the index to write
   * @param settings threads, time limit, site templates, delete-missing, commit interval
   * @param maxBytes inputs larger than this fail as too large
   * @param onFailure told of each input that fails, as it happens
   */
  public Ingestion(IndexLayout layout, ParallelIngest.Settings settings, long maxBytes,
      Consumer<Failure> onFailure) {
    this.maxBytes = maxBytes;
    DedupSettings dedup = DedupSettings.defaults();
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    // near-duplicate links and clusters need the whole, closed index: they run once the run has
    // gone through all its inputs (a resumed run included); the update is idempotent
    int threads = settings.threads();
    this.run = new ParallelIngest(new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(maxBytes)),
        analyzer::analyze, ReportSchema.withHanlp().with(new DedupFields(dedup)), layout, settings,
        (l, counters) -> nearDuplicates = new IndexedDuplicates(dedup, threads).update(l.lucene()),
        onFailure);
  }

  /**
   * A job over {@code inputs} (files, folders, archives; "-" reads paths from {@code stdin}),
   * keyed relative to the folder holding the index.
   */
  public ParallelIngest.Job job(List<String> inputs, InputStream stdin) throws IOException {
    return run.job(new InputSources(maxBytes), inputs, stdin);
  }

  /** A job over the inputs in the index's failures log. */
  public ParallelIngest.Job retryJob() throws IOException {
    return run.retryJob(new InputSources(maxBytes));
  }

  /** Runs {@code job} to its end, or until {@link #stop()}; resumable. */
  public ParallelIngest.Result run(ParallelIngest.Job job) throws IOException {
    return run.run(job);
  }

  /** Where the run is now. */
  public ParallelIngest.Progress progress() {
    return run.progress();
  }

  /** Asks the run to stop at the next input and commit what it has. */
  public void stop() {
    run.stop();
  }

  /** Waits until a stopped run has committed; false on timeout. */
  public boolean awaitFinished(Duration timeout) throws InterruptedException {
    return run.awaitFinished(timeout);
  }

  /** What the near-duplicate step did (null until it ran). */
  public IndexedDuplicates.Summary nearDuplicates() {
    return nearDuplicates;
  }
}
