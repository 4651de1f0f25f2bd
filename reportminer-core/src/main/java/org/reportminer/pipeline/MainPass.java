package org.reportminer.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import org.reportminer.extract.CharsetDoubt;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Failure;
import org.reportminer.model.Page;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;

/**
 * One pass of a run over its inputs into the index: read, extract and analyze in parallel timed
 * stages joined by bounded queues, the outcomes applied to the index in input order with a
 * checkpoint in each commit, gone inputs deleted at the end when asked.
 */
final class MainPass {
  private final RunContext ctx;
  private final ParallelIngest.Job job;
  private final ReportIndexWriter writer;
  private final FailureLog log;
  private final SiteTemplates templates;
  private Checkpoint start;

  MainPass(RunContext ctx, ParallelIngest.Job job, ReportIndexWriter writer, FailureLog log, SiteTemplates templates, Checkpoint start) {
    this.ctx = ctx;
    this.job = job;
    this.writer = writer;
    this.log = log;
    this.templates = templates;
    this.start = start;
  }

  /** Runs the pass; null when the inputs turn out not to be those of the checkpointed run. */
  ParallelIngest.Result run(long startNanos) throws IOException {
    Semaphore cpu = new Semaphore(ctx.settings.threads());
    Semaphore window = new Semaphore(ctx.settings.window());
    Semaphore budget = new Semaphore(ctx.budgetUnits());
    Reorder<Object> reorder = new Reorder<>();
    int capacity = Math.max(4, 2 * ctx.settings.threads());
    BlockingQueue<IngestItems.Pending> readQueue = new ArrayBlockingQueue<>(capacity);
    BlockingQueue<IngestItems.Loaded> extractQueue = new ArrayBlockingQueue<>(capacity);
    BlockingQueue<IngestItems.Reports> analyzeQueue = new ArrayBlockingQueue<>(capacity);
    Set<String> seen = ctx.settings.deleteMissing() && !job.retry() ? new HashSet<>() : null;

    TimedStage<IngestItems.Pending, IngestItems.Loaded> read = new TimedStage<>("read", ctx.settings.timeLimit(), readQueue,
        this::read,
        l -> {
          if (l.bytes() == null) {
            reorder.put(l.seq(), new Outcome.Unchanged(l.doc().path()));
          } else {
            int units = ctx.units(l.bytes().length);
            budget.acquire(units);
            extractQueue.put(l.withBudget(units));
          }
        },
        (p, cause) -> reorder.put(p.seq(), ctx.failed(p.doc().path(), null, Failure.Stage.READ, cause, false)), cpu);
    TimedStage<IngestItems.Loaded, IngestItems.Reports> extract = new TimedStage<>("extract", ctx.settings.timeLimit(),
        extractQueue, this::extract,
        e -> {
          budget.release(e.budget());
          analyzeQueue.put(e);
        },
        (l, cause) -> {
          budget.release(l.budget());
          reorder.put(l.seq(), ctx.failed(l.doc().path(), l.sha256(), Failure.Stage.EXTRACT, cause, true));
        }, cpu);
    TimedStage<IngestItems.Reports, IngestItems.Analyzed> analyze = new TimedStage<>("analyze", ctx.settings.timeLimit(),
        analyzeQueue, this::analyze,
        a -> reorder.put(a.seq(), documents(a, cpu)),
        (e, cause) -> reorder.put(e.seq(), ctx.failed(e.doc().path(), e.sha256(), Failure.Stage.ANALYZE, cause, true)), cpu);

    InputEnumerator enumerator = new InputEnumerator(ctx, job, start.next(), start.lastPath(), window, readQueue, reorder, seen,
        f -> new Outcome.Failed(f, false, false));
    read.start(ctx.readThreads());
    extract.start(ctx.settings.threads());
    analyze.start(ctx.settings.threads());
    enumerator.start();

    RunCounters.Tally tally = new RunCounters.Tally(start.counters());
    long next = start.next();
    String lastPath = start.lastPath();
    long lastCommit = System.nanoTime();
    boolean completed = false;
    ctx.progress.set(new ParallelIngest.Progress("ingest", next, ctx.total.get(), tally.snapshot()));
    try {
      while (true) {
        if (ctx.stopRequested.get()) {
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
            apply((Outcome) r, tally);
          } finally {
            cpu.release();
          }
          next++;
          lastPath = ((Outcome) r).path();
          window.release();
          ctx.progress.set(new ParallelIngest.Progress("ingest", next, ctx.total.get() >= 0 ? ctx.total.get() : enumerator.countIfFinished(),
              tally.snapshot()));
        }
        if (System.nanoTime() - lastCommit >= ctx.settings.commitEvery().toNanos()) {
          checkpoint(next, lastPath, Checkpoint.INDEXING, tally);
          lastCommit = System.nanoTime();
        }
      }
      if (completed && seen != null) {
        deleteMissing(seen, tally);
      }
      checkpoint(next, lastPath, completed ? Checkpoint.DONE : Checkpoint.INDEXING, tally);
      ctx.progress.set(new ParallelIngest.Progress("ingest", next, ctx.total.get(), tally.snapshot()));
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
    return new ParallelIngest.Result(tally.snapshot(), completed, start.next(), templates.bySite().size(), abandoned,
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private IngestItems.Loaded read(IngestItems.Pending p) throws ExtractionException, IOException {
    byte[] bytes = ctx.extractor.read(p.doc());
    String sha = ReportId.sha256Hex(bytes);
    String before = writer.indexedSha256(p.doc().path()).orElse(null);
    if (sha.equals(before)) {
      return new IngestItems.Loaded(p.seq(), p.doc(), null, sha, true, 0);
    }
    return new IngestItems.Loaded(p.seq(), p.doc(), bytes, sha, before != null, 0);
  }

  private IngestItems.Reports extract(IngestItems.Loaded l) throws ExtractionException {
    Page extracted = ctx.extractor.page(l.doc(), l.bytes());
    Page page = templates.apply(extracted);
    List<Report> reports = page.paragraphs().isEmpty() ? List.of() : ctx.extractor.reports(page);
    if (reports.isEmpty()) {
      throw new ExtractionException("no text left after removing site template lines", l.sha256(), null);
    }
    return new IngestItems.Reports(l.seq(), l.doc(), l.sha256(), l.replaces(), reports, l.budget(),
        CharsetDoubt.of(extracted).orElse(null));
  }

  private IngestItems.Analyzed analyze(IngestItems.Reports e) {
    List<AnalyzedReport> out = new ArrayList<>(e.reports().size());
    for (Report r : e.reports()) {
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("interrupted");
      }
      out.add(ctx.analysis.analyze(r));
    }
    return new IngestItems.Analyzed(e.seq(), e.doc().path(), e.sha256(), e.replaces(), out, e.charsetDoubt());
  }

  /**
   * The Lucene documents of an analyzed input, built by the worker that analyzed it so that the
   * applying thread only swaps them in. Like the applying thread, it holds a CPU permit and no
   * time limit (the limits cover reading, extraction and analysis); a document the index
   * refuses is a failure of stage "index", as when Lucene refuses it.
   */
  private Outcome documents(IngestItems.Analyzed a, Semaphore cpu) throws InterruptedException {
    cpu.acquire();
    try {
      return new Outcome.Indexable(a.path(), a.replaces(), ctx.schema.documents(a.path(), a.sha256(), a.reports()),
          a.charsetDoubt());
    } catch (IllegalArgumentException e) {
      return new Outcome.Failed(indexFailure(a.path(), a.sha256(), e), true, true);
    } catch (Throwable t) {
      // like a stage's failures (out of memory included): the input is logged, the worker lives on
      return ctx.failed(a.path(), a.sha256(), Failure.Stage.INDEX, t, true);
    } finally {
      cpu.release();
    }
  }

  /** A document the index refuses (Lucene's limits, say), as the applying thread logs it. */
  private Failure indexFailure(String path, String sha256, IllegalArgumentException e) {
    return new Failure(path, sha256, Failure.Stage.INDEX, RunContext.oneLine(String.valueOf(e.getMessage())));
  }

  private void apply(Outcome d, RunCounters.Tally tally) throws IOException {
    tally.inputs++;
    if (d instanceof Outcome.Failed f && !f.document()) {
      logFailure(f.failure());
      tally.failure(f.failure().stage());
      return;
    }
    tally.documents++;
    if (d instanceof Outcome.Unchanged) {
      tally.read++;
      tally.unchanged++;
    } else if (d instanceof Outcome.Failed f) {
      if (f.read()) {
        tally.read++;
      }
      logFailure(f.failure());
      tally.failure(f.failure().stage());
    } else {
      Outcome.Indexable t = (Outcome.Indexable) d;
      tally.read++;
      try {
        writer.replace(t.documents());
      } catch (IllegalArgumentException e) {
        // Lucene refuses some documents (a term longer than 32766 bytes, say)
        logFailure(indexFailure(t.path(), t.documents().inputSha256(), e));
        tally.failure(Failure.Stage.INDEX);
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
        logFailure(new Failure(t.path(), t.documents().inputSha256(), Failure.Stage.CHARSET, t.charsetDoubt()));
        tally.charsetWarnings++;
      }
    }
  }

  private void logFailure(Failure f) throws IOException {
    log.write(f);
    try {
      ctx.onFailure.accept(f);
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
