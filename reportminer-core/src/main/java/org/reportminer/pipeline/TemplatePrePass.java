package org.reportminer.pipeline;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.model.Page;

/**
 * The pre-pass of a run with site templates: reads and cleans the inputs {@link TemplateSample}
 * takes, in parallel, and learns the lines that repeat on each site's pages.
 */
final class TemplatePrePass {
  private final RunContext ctx;

  TemplatePrePass(RunContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Learns the site templates over the inputs {@link TemplateSample} takes (large sites are
   * sampled), in input order; null when stopped.
   */
  TemplateStore.Learned learn(ParallelIngest.Job job) throws IOException {
    SiteTemplates.Builder builder = SiteTemplates.boundedBuilder(64);
    Semaphore cpu = new Semaphore(ctx.settings.threads());
    Semaphore window = new Semaphore(ctx.settings.window());
    Semaphore budget = new Semaphore(ctx.budgetUnits());
    Reorder<Object> reorder = new Reorder<>();
    int capacity = Math.max(4, 2 * ctx.settings.threads());
    BlockingQueue<IngestItems.Pending> readQueue = new ArrayBlockingQueue<>(capacity);
    BlockingQueue<IngestItems.Loaded> pageQueue = new ArrayBlockingQueue<>(capacity);
    Object skip = new Object();
    TimedStage<IngestItems.Pending, IngestItems.Loaded> read = new TimedStage<>("templates-read", ctx.settings.timeLimit(),
        readQueue, p -> new IngestItems.Loaded(p.seq(), p.doc(), ctx.extractor.read(p.doc()), null, false, 0),
        l -> {
          int units = ctx.units(l.bytes().length);
          budget.acquire(units);
          pageQueue.put(l.withBudget(units));
        },
        (p, cause) -> reorder.put(p.seq(), skip), cpu);
    TimedStage<IngestItems.Loaded, IngestItems.PageOf> page = new TimedStage<>("templates-extract", ctx.settings.timeLimit(),
        pageQueue, l -> new IngestItems.PageOf(l.seq(), ctx.extractor.page(l.doc(), l.bytes()), l.budget()),
        p -> {
          budget.release(p.budget());
          reorder.put(p.seq(), p.page());
        },
        (l, cause) -> {
          budget.release(l.budget());
          reorder.put(l.seq(), skip);
        }, cpu);
    InputEnumerator enumerator = new InputEnumerator(ctx, job, 0, null, window, readQueue, reorder, null, e -> skip)
        .sampling(new TemplateSample(), skip);
    read.start(ctx.readThreads());
    page.start(ctx.settings.threads());
    enumerator.start();
    try {
      long next = 0;
      while (true) {
        if (ctx.stopRequested.get()) {
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
        ctx.progress.set(new ParallelIngest.Progress("templates", next, ctx.total.get() >= 0 ? ctx.total.get() : enumerator.countIfFinished(),
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
}
