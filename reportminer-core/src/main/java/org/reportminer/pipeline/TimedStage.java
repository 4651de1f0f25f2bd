package org.reportminer.pipeline;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One stage of the ingest pipeline: worker threads that take items from a bounded input queue,
 * compute each under a per-item time limit while holding a CPU permit, and hand the result on.
 *
 * <p>A watchdog thread checks the running items. One that overruns its limit is reported through
 * {@code onFailure} with a {@link TimeoutException}, its thread is interrupted and abandoned
 * (never used again; it ends when its computation returns, its result dropped), its CPU permit is
 * released and a fresh worker takes its place, so the stage keeps its throughput. A computation
 * that ignores interrupts keeps burning its (daemon) thread until it returns; {@link #abandoned()}
 * counts them.
 *
 * <p>The time limit runs from the moment the item holds a CPU permit, so waiting for a core (or
 * for a full output queue: results are handed on after the permit is released, outside the limit)
 * never counts against a document.
 *
 * <p>Thread-safe. {@link #close()} interrupts the workers; items in flight are dropped.
 *
 * @param <I> input items
 * @param <O> results
 */
final class TimedStage<I, O> implements AutoCloseable {

  /** The work of the stage on one item. */
  @FunctionalInterface
  interface Computation<I, O> {
    O compute(I item) throws Exception;
  }

  /** Receives a result; may block (a bounded queue downstream). */
  @FunctionalInterface
  interface Emitter<O> {
    void emit(O result) throws InterruptedException;
  }

  /** Receives an item whose computation threw, or timed out ({@link TimeoutException}). */
  @FunctionalInterface
  interface FailureHandler<I> {
    void failed(I item, Throwable cause) throws InterruptedException;
  }

  private final String name;
  private final long limitNanos;
  private final Duration limit;
  private final BlockingQueue<I> input;
  private final Computation<I, O> computation;
  private final Emitter<O> emitter;
  private final FailureHandler<I> onFailure;
  private final Semaphore cpu;
  private final Set<Running<I>> running = ConcurrentHashMap.newKeySet();
  private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicInteger abandoned = new AtomicInteger();
  private final AtomicLong threadCounter = new AtomicLong();
  private final Thread watchdog;

  /**
   * A stage (not started).
   *
   * @param name thread name prefix, and the stage named in timeout messages
   * @param limit time limit per item, or null for none
   * @param cpu permits shared by all stages: at most that many items compute at once
   */
  TimedStage(String name, Duration limit, BlockingQueue<I> input, Computation<I, O> computation,
      Emitter<O> emitter, FailureHandler<I> onFailure, Semaphore cpu) {
    this.name = name;
    this.limit = limit;
    this.limitNanos = limit == null ? Long.MAX_VALUE : limit.toNanos();
    this.input = input;
    this.computation = computation;
    this.emitter = emitter;
    this.onFailure = onFailure;
    this.cpu = cpu;
    this.watchdog = new Thread(this::watch, name + "-watchdog");
    this.watchdog.setDaemon(true);
  }

  /** Starts {@code threads} workers (and the watchdog when there is a time limit). */
  TimedStage<I, O> start(int threads) {
    for (int i = 0; i < threads; i++) {
      startWorker();
    }
    if (limit != null) {
      watchdog.start();
    }
    return this;
  }

  /** Workers abandoned after a timeout so far. */
  int abandoned() {
    return abandoned.get();
  }

  private void startWorker() {
    if (closed.get()) {
      return;
    }
    Thread t = new Thread(this::work, name + "-" + threadCounter.incrementAndGet());
    t.setDaemon(true);
    workers.add(t);
    t.start();
  }

  private void work() {
    try {
      while (!closed.get()) {
        I item = input.take();
        cpu.acquire();
        Running<I> r = new Running<>(item, Thread.currentThread(), System.nanoTime());
        running.add(r);
        O result = null;
        Throwable error = null;
        try {
          result = computation.compute(item);
        } catch (Throwable t) {
          error = t;
        }
        if (!r.state.compareAndSet(Running.RUNNING, Running.DONE)) {
          return; // timed out: the watchdog reported it and replaced this thread
        }
        running.remove(r);
        cpu.release();
        if (closed.get()) {
          return;
        }
        if (error != null) {
          onFailure.failed(item, error);
        } else {
          emitter.emit(result);
        }
      }
    } catch (InterruptedException e) {
      // closing
    } finally {
      workers.remove(Thread.currentThread());
    }
  }

  private void watch() {
    long sleepMs = Math.max(5, Math.min(200, limit.toMillis() / 10));
    try {
      while (!closed.get()) {
        Thread.sleep(sleepMs);
        long now = System.nanoTime();
        for (Running<I> r : running) {
          if (now - r.started > limitNanos && r.state.compareAndSet(Running.RUNNING, Running.TIMED_OUT)) {
            running.remove(r);
            workers.remove(r.thread);
            r.thread.interrupt();
            abandoned.incrementAndGet();
            cpu.release();
            startWorker();
            onFailure.failed(r.item, new TimeoutException(name + " time limit of " + seconds(limit) + " exceeded"));
          }
        }
      }
    } catch (InterruptedException e) {
      // closing
    }
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      watchdog.interrupt();
      for (Thread t : workers) {
        t.interrupt();
      }
    }
  }

  /** One item being computed. */
  private static final class Running<I> {
    static final int RUNNING = 0;
    static final int DONE = 1;
    static final int TIMED_OUT = 2;
    final I item;
    final Thread thread;
    final long started;
    final AtomicInteger state = new AtomicInteger(RUNNING);

    Running(I item, Thread thread, long started) {
      this.item = item;
      this.thread = thread;
      this.started = started;
    }
  }
}
