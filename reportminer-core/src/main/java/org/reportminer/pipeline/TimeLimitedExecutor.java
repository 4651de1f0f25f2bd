package org.reportminer.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs per-document tasks in parallel, each under a time limit. At most {@code parallelism} tasks
 * run at once; {@link #submit} blocks until a slot is free. A task that overruns its limit is
 * interrupted and its future fails with a {@link TimeoutException}; its slot is freed at once so
 * the run goes on. Every task gets a thread of its own, so interrupting it can never hit another
 * task; a task that ignores the interrupt keeps its (daemon) thread busy until it returns, which
 * costs CPU but never blocks the run.
 *
 * <p>Thread-safe. Close it to stop the timer.
 */
public final class TimeLimitedExecutor implements AutoCloseable {
  private final Semaphore slots;
  private final Duration limit;
  private final ScheduledExecutorService timer;
  private final AtomicLong counter = new AtomicLong();

  public TimeLimitedExecutor(int parallelism, Duration limit) {
    if (parallelism < 1 || limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("parallelism must be >= 1 and the limit positive: " + parallelism + ", " + limit);
    }
    this.slots = new Semaphore(parallelism);
    this.limit = limit;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "time-limit");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts {@code task} when a slot is free; the future completes with its result or failure. */
  public <T> CompletableFuture<T> submit(Callable<T> task) throws InterruptedException {
    slots.acquire();
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicBoolean released = new AtomicBoolean();
    Runnable release = () -> {
      if (released.compareAndSet(false, true)) {
        slots.release();
      }
    };
    Thread worker =
        new Thread(
            () -> {
              try {
                result.complete(task.call());
              } catch (Throwable t) {
                result.completeExceptionally(t);
              } finally {
                release.run();
              }
            },
            "doc-" + counter.incrementAndGet());
    worker.setDaemon(true);
    worker.start();
    timer.schedule(
        () -> {
          if (result.completeExceptionally(
              new TimeoutException("time limit of " + seconds(limit) + " exceeded"))) {
            worker.interrupt();
            release.run();
          }
        },
        limit.toMillis(),
        TimeUnit.MILLISECONDS);
    return result;
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
