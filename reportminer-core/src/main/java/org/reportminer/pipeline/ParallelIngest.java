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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.reportminer.extract.CharsetDoubt;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.InputDocuments;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Failure;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;
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

  private final Extractor extractor;
  private final Analysis analysis;
  private final ReportSchema schema;
  private final IndexLayout layout;
  private final Settings settings;
  private final AfterIngest after;
  private final Consumer<Failure> onFailure;
  private final AtomicBoolean stopRequested = new AtomicBoolean();
  private final AtomicReference<Progress> progress =
      new AtomicReference<>(new Progress("starting", 0, -1, RunCounters.ZERO));
  private final AtomicLong total = new AtomicLong(-1);
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
    this.onFailure = Objects.requireNonNull(onFailure);
    this.extractor = Objects.requireNonNull(extractor);
    this.analysis = Objects.requireNonNull(analysis);
    this.schema = Objects.requireNonNull(schema);
    this.layout = Objects.requireNonNull(layout);
    this.settings = Objects.requireNonNull(settings);
    this.after = Objects.requireNonNull(after);
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
    return progress.get();
  }

  /**
   * Asks the run to stop: it stops taking inputs, commits what it applied (a checkpoint from
   * which the same command continues) and returns from {@link #run}. Does not wait.
   */
  public void stop() {
    stopRequested.set(true);
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
          learned = learnTemplates(job);
          if (learned == null) {
            closed = true;
            writer.close();
            return new Result(resuming ? cp.counters() : RunCounters.ZERO, false, resuming ? cp.next() : 0, 0, 0,
                Duration.ofNanos(System.nanoTime() - startNanos));
          }
          TemplateStore.save(layout.siteTemplates(), job.key(), learned);
        }
        templates = learned.templates();
        total.set(learned.inputs());
      }
      if (!resuming) {
        cp = Checkpoint.start(job.key());
        writer.commit(cp.toCommitData());
      }
      if (total.get() < 0 && job.enumerableTwice()) {
        startCounting(job);
      }
      Result result;
      try (FailureLog log = resuming
          ? FailureLog.continuing(layout.failuresLog(), cp.failuresLogged())
          : new FailureLog(layout.failuresLog())) {
        result = new MainPass(job, writer, log, templates, cp).run(startNanos);
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
          if (stopRequested.get()) {
            throw new StopEnumeration();
          }
          n[0]++;
        });
        total.compareAndSet(-1, n[0]);
      } catch (RuntimeException e) {
        // counting is only for the progress display
      }
    }, "count-inputs");
    counter.setDaemon(true);
    counter.start();
  }

  /** Thrown inside an enumeration's sink to end it early. */
  private static final class StopEnumeration extends RuntimeException {
    StopEnumeration() {
      super(null, null, false, false);
    }
  }

  // ---------------------------------------------------------------- items between the stages

  /** An input to read. */
  private record Pending(long seq, RawDocument doc) {}

  /**
   * A document's bytes, read and hashed ({@code bytes} null when the index has it unchanged);
   * {@code budget} is the share of the byte budget it holds.
   */
  private record Loaded(long seq, RawDocument doc, byte[] bytes, String sha256, boolean replaces, int budget) {
    Loaded withBudget(int units) {
      return new Loaded(seq, doc, bytes, sha256, replaces, units);
    }
  }

  /** A page of the pre-pass and the byte budget its bytes held. */
  private record PageOf(long seq, Page page, int budget) {}

  /**
   * A document's reports, extracted and split; {@code charsetDoubt} says why its decoding is
   * doubtful ({@link CharsetDoubt}), or is null.
   */
  private record Extracted(long seq, RawDocument doc, String sha256, boolean replaces, List<Report> reports, int budget,
      String charsetDoubt) {}

  /** A document's reports, analyzed. */
  private record Analyzed(long seq, String path, String sha256, boolean replaces, List<AnalyzedReport> reports,
      String charsetDoubt) {}

  /** What the index thread applies for one input, in sequence order. */
  private sealed interface Done {
    String path();
  }

  /** A document's index documents, built by the worker that analyzed it. */
  private record ToIndex(String path, boolean replaces, InputDocuments documents, String charsetDoubt) implements Done {}

  private record Unchanged(String path) implements Done {}

  /** A failure; {@code document} says whether the input was a document, {@code read} whether its bytes were read. */
  private record Failed(Failure failure, boolean document, boolean read) implements Done {
    @Override
    public String path() {
      return failure.path();
    }
  }

  // ---------------------------------------------------------------- the pre-pass

  /**
   * Learns the site templates over the inputs {@link TemplateSample} takes (large sites are
   * sampled), in input order; null when stopped.
   */
  private TemplateStore.Learned learnTemplates(Job job) throws IOException {
    SiteTemplates.Builder builder = SiteTemplates.boundedBuilder(64);
    Semaphore cpu = new Semaphore(settings.threads());
    Semaphore window = new Semaphore(settings.window());
    Semaphore budget = new Semaphore(budgetUnits());
    Reorder<Object> reorder = new Reorder<>();
    int capacity = Math.max(4, 2 * settings.threads());
    BlockingQueue<Pending> readQueue = new ArrayBlockingQueue<>(capacity);
    BlockingQueue<Loaded> pageQueue = new ArrayBlockingQueue<>(capacity);
    Object skip = new Object();
    TimedStage<Pending, Loaded> read = new TimedStage<>("templates-read", settings.timeLimit(),
        readQueue, p -> new Loaded(p.seq(), p.doc(), extractor.read(p.doc()), null, false, 0),
        l -> {
          int units = units(l.bytes().length);
          budget.acquire(units);
          pageQueue.put(l.withBudget(units));
        },
        (p, cause) -> reorder.put(p.seq(), skip), cpu);
    TimedStage<Loaded, PageOf> page = new TimedStage<>("templates-extract", settings.timeLimit(),
        pageQueue, l -> new PageOf(l.seq(), extractor.page(l.doc(), l.bytes()), l.budget()),
        p -> {
          budget.release(p.budget());
          reorder.put(p.seq(), p.page());
        },
        (l, cause) -> {
          budget.release(l.budget());
          reorder.put(l.seq(), skip);
        }, cpu);
    Enumerator enumerator = new Enumerator(job, 0, null, window, readQueue, reorder, null, e -> skip)
        .sampling(new TemplateSample(), skip);
    read.start(readThreads());
    page.start(settings.threads());
    enumerator.start();
    try {
      long next = 0;
      while (true) {
        if (stopRequested.get()) {
          return null;
        }
        enumerator.rethrow();
        if (enumerator.finished() && next == enumerator.count()) {
          break;
        }
        Object r = reorder.poll(next, 200);
        if (r == null) {
          continue;
        }
        if (r instanceof Page p) {
          builder.add(p);
        }
        next++;
        window.release();
        progress.set(new Progress("templates", next, total.get() >= 0 ? total.get() : enumerator.countIfFinished(),
            RunCounters.ZERO));
      }
      return new TemplateStore.Learned(builder.build(), enumerator.count());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      enumerator.close();
      read.close();
      page.close();
    }
  }

  private int readThreads() {
    return Math.min(2, settings.threads());
  }

  /** The byte budget in units of 1 KiB (a semaphore counts ints). */
  private int budgetUnits() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, settings.byteBudget() >> 10));
  }

  private int units(long bytes) {
    return (int) Math.max(1, Math.min(budgetUnits(), (bytes + 1023) >> 10));
  }

  // ---------------------------------------------------------------- enumeration

  /**
   * The thread that enumerates the inputs, numbers them, skips those a checkpoint accounts for,
   * and hands the others out within the window.
   */
  private final class Enumerator implements AutoCloseable {
    private final Job job;
    private final long skipBelow;
    private final String expectedLastPath;
    private final Semaphore window;
    private final BlockingQueue<Pending> queue;
    private final Reorder<Object> reorder;
    private final Set<String> seen;
    private final java.util.function.Function<Failure, Object> unreadable;
    private final Thread thread;
    private TemplateSample sample;
    private Object notSampled;
    private volatile long count = -1;
    private volatile Throwable error;
    private volatile boolean mismatch;
    private long seq;

    Enumerator(Job job, long skipBelow, String expectedLastPath, Semaphore window, BlockingQueue<Pending> queue,
        Reorder<Object> reorder, Set<String> seen, java.util.function.Function<Failure, Object> unreadable) {
      this.job = job;
      this.skipBelow = skipBelow;
      this.expectedLastPath = expectedLastPath;
      this.window = window;
      this.queue = queue;
      this.reorder = reorder;
      this.seen = seen;
      this.unreadable = unreadable;
      this.thread = new Thread(this::enumerate, "enumerate");
      this.thread.setDaemon(true);
    }

    /** Hands out only the inputs {@code sample} takes; the others become {@code notTaken} at once. */
    Enumerator sampling(TemplateSample sample, Object notTaken) {
      this.sample = sample;
      this.notSampled = notTaken;
      return this;
    }

    void start() {
      thread.start();
    }

    private void enumerate() {
      try {
        job.inputs().forEach(this::accept);
        count = seq;
      } catch (StopEnumeration e) {
        // stopped or interrupted
      } catch (Throwable t) {
        error = t;
      }
    }

    private void accept(InputSources.Input input) {
      if (stopRequested.get() || Thread.currentThread().isInterrupted()) {
        throw new StopEnumeration();
      }
      long s = seq++;
      if (seen != null) {
        synchronized (seen) {
          seen.add(input.path());
        }
      }
      if (s < skipBelow) {
        if (s == skipBelow - 1 && !input.path().equals(expectedLastPath)) {
          mismatch = true;
          throw new StopEnumeration();
        }
        return;
      }
      try {
        window.acquire();
        if (input instanceof InputSources.Input.Document d) {
          if (sample != null && !sample.take(d.document())) {
            reorder.put(s, notSampled);
            return;
          }
          queue.put(new Pending(s, d.document()));
        } else {
          reorder.put(s, unreadable.apply(((InputSources.Input.Unreadable) input).failure()));
        }
      } catch (InterruptedException e) {
        throw new StopEnumeration();
      }
    }

    boolean finished() {
      return count >= 0;
    }

    long count() {
      return count;
    }

    long countIfFinished() {
      return count;
    }

    /** Whether the inputs differ from the checkpointed run's (input {@code skipBelow-1} has another path). */
    boolean mismatch() {
      return mismatch || (count >= 0 && count < skipBelow);
    }

    void rethrow() throws IOException {
      Throwable t = error;
      if (t instanceof IOException io) {
        throw io;
      }
      if (t instanceof RuntimeException re) {
        throw re;
      }
      if (t instanceof Error err) {
        throw err;
      }
    }

    @Override
    public void close() {
      thread.interrupt();
    }
  }

  // ---------------------------------------------------------------- the main pass

  /** One pass over the inputs into the index. */
  private final class MainPass {
    private final Job job;
    private final ReportIndexWriter writer;
    private final FailureLog log;
    private final SiteTemplates templates;
    private Checkpoint start;

    MainPass(Job job, ReportIndexWriter writer, FailureLog log, SiteTemplates templates, Checkpoint start) {
      this.job = job;
      this.writer = writer;
      this.log = log;
      this.templates = templates;
      this.start = start;
    }

    /** Runs the pass; null when the inputs turn out not to be those of the checkpointed run. */
    Result run(long startNanos) throws IOException {
      Semaphore cpu = new Semaphore(settings.threads());
      Semaphore window = new Semaphore(settings.window());
      Semaphore budget = new Semaphore(budgetUnits());
      Reorder<Object> reorder = new Reorder<>();
      int capacity = Math.max(4, 2 * settings.threads());
      BlockingQueue<Pending> readQueue = new ArrayBlockingQueue<>(capacity);
      BlockingQueue<Loaded> extractQueue = new ArrayBlockingQueue<>(capacity);
      BlockingQueue<Extracted> analyzeQueue = new ArrayBlockingQueue<>(capacity);
      Set<String> seen = settings.deleteMissing() && !job.retry() ? new HashSet<>() : null;

      TimedStage<Pending, Loaded> read = new TimedStage<>("read", settings.timeLimit(), readQueue,
          this::read,
          l -> {
            if (l.bytes() == null) {
              reorder.put(l.seq(), new Unchanged(l.doc().path()));
            } else {
              int units = units(l.bytes().length);
              budget.acquire(units);
              extractQueue.put(l.withBudget(units));
            }
          },
          (p, cause) -> reorder.put(p.seq(), failed(p.doc().path(), null, "read", cause, false)), cpu);
      TimedStage<Loaded, Extracted> extract = new TimedStage<>("extract", settings.timeLimit(),
          extractQueue, this::extract,
          e -> {
            budget.release(e.budget());
            analyzeQueue.put(e);
          },
          (l, cause) -> {
            budget.release(l.budget());
            reorder.put(l.seq(), failed(l.doc().path(), l.sha256(), "extract", cause, true));
          }, cpu);
      TimedStage<Extracted, Analyzed> analyze = new TimedStage<>("analyze", settings.timeLimit(),
          analyzeQueue, this::analyze,
          a -> reorder.put(a.seq(), documents(a, cpu)),
          (e, cause) -> reorder.put(e.seq(), failed(e.doc().path(), e.sha256(), "analyze", cause, true)), cpu);

      Enumerator enumerator = new Enumerator(job, start.next(), start.lastPath(), window, readQueue, reorder, seen,
          f -> new Failed(f, false, false));
      read.start(readThreads());
      extract.start(settings.threads());
      analyze.start(settings.threads());
      enumerator.start();

      RunCounters.Tally tally = new RunCounters.Tally(start.counters());
      long next = start.next();
      String lastPath = start.lastPath();
      long lastCommit = System.nanoTime();
      boolean completed = false;
      progress.set(new Progress("ingest", next, total.get(), tally.snapshot()));
      try {
        while (true) {
          if (stopRequested.get()) {
            break;
          }
          enumerator.rethrow();
          if (enumerator.mismatch()) {
            return null;
          }
          if (enumerator.finished() && next == enumerator.count()) {
            completed = true;
            break;
          }
          Object r = reorder.poll(next, 200);
          if (r != null) {
            cpu.acquire();
            try {
              apply((Done) r, tally);
            } finally {
              cpu.release();
            }
            next++;
            lastPath = ((Done) r).path();
            window.release();
            progress.set(new Progress("ingest", next, total.get() >= 0 ? total.get() : enumerator.countIfFinished(),
                tally.snapshot()));
          }
          if (System.nanoTime() - lastCommit >= settings.commitEvery().toNanos()) {
            checkpoint(next, lastPath, Checkpoint.INDEXING, tally);
            lastCommit = System.nanoTime();
          }
        }
        if (completed && seen != null) {
          deleteMissing(seen, tally);
        }
        checkpoint(next, lastPath, completed ? Checkpoint.DONE : Checkpoint.INDEXING, tally);
        progress.set(new Progress("ingest", next, total.get(), tally.snapshot()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        checkpoint(next, lastPath, Checkpoint.INDEXING, tally);
      } finally {
        enumerator.close();
        read.close();
        extract.close();
        analyze.close();
      }
      int abandoned = read.abandoned() + extract.abandoned() + analyze.abandoned();
      return new Result(tally.snapshot(), completed, start.next(), templates.bySite().size(), abandoned,
          Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private Loaded read(Pending p) throws ExtractionException, IOException {
      byte[] bytes = extractor.read(p.doc());
      String sha = ReportId.sha256Hex(bytes);
      String before = writer.indexedSha256(p.doc().path()).orElse(null);
      if (sha.equals(before)) {
        return new Loaded(p.seq(), p.doc(), null, sha, true, 0);
      }
      return new Loaded(p.seq(), p.doc(), bytes, sha, before != null, 0);
    }

    private Extracted extract(Loaded l) throws ExtractionException {
      Page extracted = extractor.page(l.doc(), l.bytes());
      Page page = templates.apply(extracted);
      List<Report> reports = page.paragraphs().isEmpty() ? List.of() : extractor.reports(page);
      if (reports.isEmpty()) {
        throw new ExtractionException("no text left after removing site template lines", l.sha256(), null);
      }
      return new Extracted(l.seq(), l.doc(), l.sha256(), l.replaces(), reports, l.budget(),
          CharsetDoubt.of(extracted).orElse(null));
    }

    private Analyzed analyze(Extracted e) {
      List<AnalyzedReport> out = new ArrayList<>(e.reports().size());
      for (Report r : e.reports()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new IllegalStateException("interrupted");
        }
        out.add(analysis.analyze(r));
      }
      return new Analyzed(e.seq(), e.doc().path(), e.sha256(), e.replaces(), out, e.charsetDoubt());
    }

    /**
     * The Lucene documents of an analyzed input, built by the worker that analyzed it so that the
     * applying thread only swaps them in. Like the applying thread, it holds a CPU permit and no
     * time limit (the limits cover reading, extraction and analysis); a document the index
     * refuses is a failure of stage "index", as when Lucene refuses it.
     */
    private Done documents(Analyzed a, Semaphore cpu) throws InterruptedException {
      cpu.acquire();
      try {
        return new ToIndex(a.path(), a.replaces(), schema.documents(a.path(), a.sha256(), a.reports()),
            a.charsetDoubt());
      } catch (IllegalArgumentException e) {
        return new Failed(indexFailure(a.path(), a.sha256(), e), true, true);
      } catch (Throwable t) {
        // like a stage's failures (out of memory included): the input is logged, the worker lives on
        return failed(a.path(), a.sha256(), "index", t, true);
      } finally {
        cpu.release();
      }
    }

    /** A document the index refuses (Lucene's limits, say), as the applying thread logs it. */
    private Failure indexFailure(String path, String sha256, IllegalArgumentException e) {
      return new Failure(path, sha256, "index", oneLine(String.valueOf(e.getMessage())));
    }

    private void apply(Done d, RunCounters.Tally tally) throws IOException {
      tally.inputs++;
      if (d instanceof Failed f && !f.document()) {
        logFailure(f.failure());
        tally.failure(f.failure().stage());
        return;
      }
      tally.documents++;
      if (d instanceof Unchanged) {
        tally.read++;
        tally.unchanged++;
      } else if (d instanceof Failed f) {
        if (f.read()) {
          tally.read++;
        }
        logFailure(f.failure());
        tally.failure(f.failure().stage());
      } else {
        ToIndex t = (ToIndex) d;
        tally.read++;
        try {
          writer.replace(t.documents());
        } catch (IllegalArgumentException e) {
          // Lucene refuses some documents (a term longer than 32766 bytes, say)
          logFailure(indexFailure(t.path(), t.documents().inputSha256(), e));
          tally.failure("index");
          return;
        }
        tally.indexed++;
        tally.reports += t.documents().size();
        if (t.documents().size() > 1) {
          tally.splitPages++;
        }
        if (t.replaces()) {
          tally.replaced++;
        }
        if (t.charsetDoubt() != null) {
          // indexed all the same: a warning in the failures log, never retried
          logFailure(new Failure(t.path(), t.documents().inputSha256(), Failure.CHARSET, t.charsetDoubt()));
          tally.charsetWarnings++;
        }
      }
    }

    private void logFailure(Failure f) throws IOException {
      log.write(f);
      try {
        onFailure.accept(f);
      } catch (RuntimeException e) {
        // a display problem must not stop the run
      }
    }

    private void deleteMissing(Set<String> seen, RunCounters.Tally tally) throws IOException {
      Set<String> containers = new HashSet<>();
      for (String p : seen) {
        String c = GoneInputs.container(p, job.keys());
        if (!c.equals(p)) {
          containers.add(c);
        }
      }
      for (String path : GoneInputs.of(writer.indexedInputs(), seen, containers, job.keys())) {
        writer.delete(path);
        tally.deleted++;
      }
    }

    private void checkpoint(long next, String lastPath, String phase, RunCounters.Tally tally) throws IOException {
      log.sync();
      writer.commit(new Checkpoint(job.key(), next, lastPath, log.lines(), phase, tally.snapshot()).toCommitData());
    }
  }

  /** The failure of one document at {@code stage}, with a one-line reason. */
  private Failed failed(String path, String sha, String stage, Throwable cause, boolean read) {
    String reason;
    String hash = sha;
    if (cause instanceof TimeoutException) {
      reason = "time limit of " + TimedStage.seconds(settings.timeLimit()) + " exceeded";
    } else if (cause instanceof ExtractionException x) {
      reason = x.reason();
      if (x.sha256() != null) {
        hash = x.sha256();
      }
      if (stage.equals("read") && !reason.startsWith("cannot read")) {
        stage = "extract"; // refused by size: an extraction limit, as in the extract command
      }
    } else if (cause instanceof OutOfMemoryError) {
      reason = "out of memory";
    } else if (cause instanceof StackOverflowError) {
      reason = "nested too deeply (stack overflow)";
    } else {
      String m = cause.getMessage();
      reason = "internal error: " + cause.getClass().getSimpleName() + (m == null ? "" : ": " + oneLine(m));
    }
    return new Failed(new Failure(path, hash, stage, reason), true, read);
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
