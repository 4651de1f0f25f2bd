package org.reportminer.pipeline;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.reportminer.model.Failure;

/**
 * The thread that enumerates the inputs, numbers them, skips those a checkpoint accounts for,
 * and hands the others out within the window.
 */
final class InputEnumerator implements AutoCloseable {
  private final RunContext ctx;
  private final ParallelIngest.Job job;
  private final long skipBelow;
  private final String expectedLastPath;
  private final Semaphore window;
  private final BlockingQueue<IngestItems.Pending> queue;
  private final Reorder<Object> reorder;
  private final Set<String> seen;
  private final Function<Failure, Object> unreadable;
  private final Thread thread;
  private TemplateSample sample;
  private Object notSampled;
  private volatile long count = -1;
  private volatile Throwable error;
  private volatile boolean mismatch;
  private long seq;

  InputEnumerator(RunContext ctx, ParallelIngest.Job job, long skipBelow, String expectedLastPath, Semaphore window, BlockingQueue<IngestItems.Pending> queue,
      Reorder<Object> reorder, Set<String> seen, Function<Failure, Object> unreadable) {
    this.ctx = ctx;
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
  InputEnumerator sampling(TemplateSample sample, Object notTaken) {
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
    } catch (Stop e) {
      // stopped or interrupted
    } catch (Throwable t) {
      error = t;
    }
  }

  private void accept(InputSources.Input input) {
    if (ctx.stopRequested.get() || Thread.currentThread().isInterrupted()) {
      throw new Stop();
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
        throw new Stop();
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
        queue.put(new IngestItems.Pending(s, d.document()));
      } else {
        reorder.put(s, unreadable.apply(((InputSources.Input.Unreadable) input).failure()));
      }
    } catch (InterruptedException e) {
      throw new Stop();
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

  /** Thrown inside an enumeration's sink to end it early. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}
