package org.reportminer.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.InputDocuments;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.Failure;
import org.reportminer.model.ReportId;

/**
 * The batch ingest: inputs through reading, extraction, analysis and indexing in parallel
 * stages joined by bounded queues, applied to the index in input order with checkpoints in the
 * Lucene commits, so a killed run continues where it stopped (see the package documentation for
 * the design). This is the engine behind {@code reportminer ingest}; it is not a command-line
 * entry point.
 *
 * <p>It drives the stage engines through their public APIs: {@link Extractor#read} and {@link
 * Extractor#page} then {@link SiteTemplates#apply} and {@link Extractor#reports} (extract), an
 * {@link Analysis} (analyze), then {@link ReportSchema#documents} on the same worker
 * and {@link ReportIndexWriter#replace(InputDocuments)} on the applying thread (index). Bad
 * documents become failures in the failures log, never stop the run.
 *
 * <p>One run at a time per instance; {@link #stop()} and {@link #progress()} may be called from
 * any thread (a shutdown hook, a progress display).
 */
public final class ParallelIngest {

  /**
   * How a run works.
   *
   * @param threads documents computed at once (extraction, analysis and indexing share them)
   * @param timeLimit time limit per document in each of reading, extraction and analysis
   * @param siteTemplates learn site template lines in a pre-pass and remove them
   * @param deleteMissing at the end, remove reports of documents that are gone
   * @param commitEvery time between checkpoints
   * @param window most inputs in the pipeline at once (bounds memory)
   * @param byteBudget most bytes of read documents waiting for extraction at once (a document
   *     larger than the budget takes all of it)
   */
  public record Settings(
      int threads, Duration timeLimit, boolean siteTemplates, boolean deleteMissing,
      Duration commitEvery, int window, long byteBudget) {
    public Settings {
      if (threads < 1 || timeLimit.isNegative() || timeLimit.isZero() || commitEvery.isNegative()
          || window < 1 || byteBudget < 1) {
        throw new IllegalArgumentException("threads, time limit, window and byte budget must be positive");
      }
    }

    /** {@code threads} threads, 30 s per document and stage, templates on, commits every 30 s. */
    public static Settings defaults(int threads) {
      return new Settings(threads, Duration.ofSeconds(30), true, false, Duration.ofSeconds(30),
          1024, 128L << 20);
    }

    /** The same settings with another time limit. */
    public Settings withTimeLimit(Duration limit) {
      return new Settings(threads, limit, siteTemplates, deleteMissing, commitEvery, window, byteBudget);
    }

    /** The same settings with site templates on or off. */
    public Settings withSiteTemplates(boolean on) {
      return new Settings(threads, timeLimit, on, deleteMissing, commitEvery, window, byteBudget);
    }

    /** The same settings with {@code --delete-missing} on or off. */
    public Settings withDeleteMissing(boolean on) {
      return new Settings(threads, timeLimit, siteTemplates, on, commitEvery, window, byteBudget);
    }

    /** The same settings with another time between checkpoints. */
    public Settings withCommitEvery(Duration every) {
      return new Settings(threads, timeLimit, siteTemplates, deleteMissing, every, window, byteBudget);
    }
  }

  /** Enumerates a run's inputs in a fixed order (the same order on every call). */
  @FunctionalInterface
  public interface Inputs {
    void forEach(Consumer<InputSources.Input> sink);
  }

  /**
   * What to ingest.
   *
   * @param key identifies the run for checkpoints: the same command gives the same key
   * @param inputs the inputs, enumerated once per pass
   * @param enumerableTwice whether the inputs can be enumerated again to count them (not stdin)
   * @param retry whether this run retries the failures log (its inputs come from it)
   * @param keys how the inputs name their files (relative to the folder holding the index)
   */
  public record Job(String key, Inputs inputs, boolean enumerableTwice, boolean retry, SourceKeys keys) {}

  /**
   * What a run did.
   *
   * @param counters the run's counters over all its attempts
   * @param completed false when it was stopped before going through all inputs
   * @param resumedAt inputs done by earlier attempts of the run (0 for a fresh run)
   * @param templateSites sites with template lines removed
   * @param abandonedThreads worker threads abandoned after a time limit
   * @param elapsed this attempt's wall time
   */
  public record Result(RunCounters counters, boolean completed, long resumedAt, int templateSites,
      int abandonedThreads, Duration elapsed) {}

  /**
   * Live figures for a progress display.
   *
   * @param phase "templates" (the pre-pass learning site templates) or "ingest"
   * @param done inputs finished in this phase (including those done by earlier attempts)
   * @param total inputs of the run, or -1 while unknown
   * @param counters the run's counters so far
   */
  public record Progress(String phase, long done, long total, RunCounters counters) {}

  private final RunContext ctx;
  private final Extractor extractor;
  private final ReportSchema schema;
  private final IndexLayout layout;
  private final Settings settings;
  private final AfterIngest after;
  private final Object finished = new Object();
  private boolean running;

  public ParallelIngest(Extractor extractor, Analysis analysis, ReportSchema schema,
      IndexLayout layout, Settings settings, AfterIngest after) {
    this(extractor, analysis, schema, layout, settings, after, f -> {});
  }

  /**
   * An engine that also tells {@code onFailure} of each failed input as it is logged (from the
   * run's applying thread, in input order; the command prints one line per failure).
   */
  public ParallelIngest(Extractor extractor, Analysis analysis, ReportSchema schema,
      IndexLayout layout, Settings settings, AfterIngest after, Consumer<Failure> onFailure) {
    this.extractor = Objects.requireNonNull(extractor);
    this.schema = Objects.requireNonNull(schema);
    this.layout = Objects.requireNonNull(layout);
    this.settings = Objects.requireNonNull(settings);
    this.after = Objects.requireNonNull(after);
    this.ctx = new RunContext(extractor, Objects.requireNonNull(analysis), schema, settings,
        Objects.requireNonNull(onFailure));
  }

  /**
   * The job for inputs given on the command line. Its key covers the arguments and every
   * setting that changes what ends up in the index. Files are keyed relative to the folder
   * holding the index ({@link #sourceKeys()}), whatever keys {@code sources} had.
   */
  public Job job(InputSources sources, List<String> args, java.io.InputStream stdin) throws IOException {
    String key = key("args", String.join("\u0000", args));
    InputSources keyed = sources.keyedBy(sourceKeys());
    return new Job(key, sink -> keyed.forEach(args, stdin, sink), !args.contains("-"), false, keyed.keys());
  }

  /**
   * How this engine's runs key their input files ({@link SourceKeys}): relative to the folder
   * holding the index directory (which is created when missing).
   */
  public SourceKeys sourceKeys() throws IOException {
    Files.createDirectories(layout.root());
    Path root = layout.root().toRealPath();
    return SourceKeys.under(root.getParent() == null ? root : root.getParent());
  }

  /**
   * The job that retries the inputs of the failures log. The failures to retry are first copied
   * aside (kept until the retry finishes, so a killed retry resumes with the same list); inputs
   * that now succeed are no longer in the log afterwards.
   */
  public Job retryJob(InputSources sources) throws IOException {
    Path retry = layout.retryInputs();
    if (!Files.exists(retry)) {
      Path log = layout.failuresLog();
      Files.createDirectories(retry.toAbsolutePath().getParent());
      Path tmp = retry.resolveSibling(retry.getFileName() + ".tmp");
      if (Files.exists(log)) {
        Files.copy(log, tmp, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.writeString(tmp, "");
      }
      Files.move(tmp, retry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    List<String> paths = new ArrayList<>();
    Set<String> distinct = new HashSet<>();
    for (Failure f : FailureLog.read(retry)) {
      if (!f.warning() && distinct.add(f.path())) {
        paths.add(f.path()); // a charset warning is no failure: its page was indexed
      }
    }
    String key = key("retry", ReportId.sha256Hex(Files.readAllBytes(retry)));
    InputSources keyed = sources.keyedBy(sourceKeys());
    return new Job(key, sink -> paths.forEach(p -> keyed.resolve(p, sink)), true, true, keyed.keys());
  }

  private String key(String kind, String what) {
    String material = kind + "\u0000" + what + "\u0000" + extractor.config() + "\u0000templates="
        + settings.siteTemplates() + "\u0000limit=" + settings.timeLimit() + "\u0000deleteMissing="
        + settings.deleteMissing();
    return ReportId.sha256Hex(material.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }

  /** Live figures of the run in progress. */
  public Progress progress() {
    return ctx.progress.get();
  }

  /**
   * Asks the run to stop: it stops taking inputs, commits what it applied (a checkpoint from
   * which the same command continues) and returns from {@link #run}. Does not wait.
   */
  public void stop() {
    ctx.stopRequested.set(true);
  }

  /** Waits until the current run (if any) has returned, at most {@code timeout}. */
  public boolean awaitFinished(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (finished) {
      while (running) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        finished.wait(Math.max(1, left / 1_000_000));
      }
    }
    return true;
  }

  /**
   * Runs {@code job} to its end (or until {@link #stop()}), resuming from the index's checkpoint
   * when the same job was interrupted. An index built before ids came from canonical paths is
   * upgraded by the run's first commit, or refused before anything is done ({@link IdScheme}).
   *
   * @throws IdScheme.RefusedException when the index holds ids of paths as written
   * @throws IOException when the index or the failures log cannot be written (documents never
   *     cause this)
   */
  public Result run(Job job) throws IOException {
    synchronized (finished) {
      if (running) {
        throw new IllegalStateException("one run at a time");
      }
      running = true;
    }
    try {
      return runJob(job);
    } finally {
      synchronized (finished) {
        running = false;
        finished.notifyAll();
      }
    }
  }

  private Result runJob(Job job) throws IOException {
    long startNanos = System.nanoTime();
    Files.createDirectories(layout.root());
    ReportIndexWriter writer = ReportIndexWriter.open(layout.lucene(), schema);
    boolean closed = false;
    try {
      if (IdScheme.verdict(writer.commitData(), writer.indexedInputs(), job.keys()) instanceof IdScheme.Verdict.Refuse r) {
        throw new IdScheme.RefusedException(IdScheme.refusal(r, layout.root(), job.keys()));
      }
      Checkpoint cp = Checkpoint.fromCommitData(writer.commitData())
          .filter(c -> c.runKey().equals(job.key()) && c.phase().equals(Checkpoint.INDEXING))
          .orElse(null);
      boolean resuming = cp != null;
      SiteTemplates templates = SiteTemplates.none();
      if (job.retry()) {
        templates = TemplateStore.load(layout.siteTemplates(), null).map(TemplateStore.Learned::templates)
            .orElse(SiteTemplates.none());
      } else if (settings.siteTemplates()) {
        Optional<TemplateStore.Learned> stored =
            resuming ? TemplateStore.load(layout.siteTemplates(), job.key()) : Optional.empty();
        TemplateStore.Learned learned;
        if (stored.isPresent()) {
          learned = stored.get();
        } else {
          learned = new TemplatePrePass(ctx).learn(job);
          if (learned == null) {
            closed = true;
            writer.close();
            return new Result(resuming ? cp.counters() : RunCounters.ZERO, false, resuming ? cp.next() : 0, 0, 0,
                Duration.ofNanos(System.nanoTime() - startNanos));
          }
          TemplateStore.save(layout.siteTemplates(), job.key(), learned);
        }
        templates = learned.templates();
        ctx.total.set(learned.inputs());
      }
      if (!resuming) {
        cp = Checkpoint.start(job.key());
        writer.commit(cp.toCommitData());
      }
      if (ctx.total.get() < 0 && job.enumerableTwice()) {
        startCounting(job);
      }
      Result result;
      try (FailureLog log = resuming
          ? FailureLog.continuing(layout.failuresLog(), cp.failuresLogged())
          : new FailureLog(layout.failuresLog())) {
        result = new MainPass(ctx, job, writer, log, templates, cp).run(startNanos);
      }
      closed = true;
      writer.close();
      if (result == null) {
        // the inputs are not those of the interrupted run: forget its checkpoint, start afresh
        try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), schema)) {
          w.commit(new Checkpoint(job.key(), 0, null, 0, Checkpoint.DONE, RunCounters.ZERO).toCommitData());
        }
        return runJob(job);
      }
      if (result.completed()) {
        // the one place for steps that need the whole, closed index (near-duplicate clusters)
        after.run(layout, result.counters());
        if (job.retry()) {
          Files.deleteIfExists(layout.retryInputs());
        }
      }
      return result;
    } finally {
      if (!closed) {
        writer.rollback(); // an error: leave the index at its last checkpoint
      }
    }
  }

  private void startCounting(Job job) {
    Thread counter = new Thread(() -> {
      long[] n = {0};
      try {
        job.inputs().forEach(in -> {
          if (ctx.stopRequested.get()) {
            throw new InputEnumerator.Stop();
          }
          n[0]++;
        });
        ctx.total.compareAndSet(-1, n[0]);
      } catch (RuntimeException e) {
        // counting is only for the progress display
      }
    }, "count-inputs");
    counter.setDaemon(true);
    counter.start();
  }

}
