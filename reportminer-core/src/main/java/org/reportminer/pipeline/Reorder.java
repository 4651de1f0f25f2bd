package org.reportminer.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Puts results that arrive in any order back into sequence order: stages {@link #put} results
 * under their sequence numbers, the consumer {@link #poll}s for the next number it needs. It is
 * unbounded by itself; the pipeline bounds it by handing out at most a window of sequence numbers
 * ahead of the consumer. Thread-safe.
 *
 * @param <R> results
 */
final class Reorder<R> {
  private final Map<Long, R> waiting = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();

  /** Adds the result of {@code seq}. */
  void put(long seq, R result) {
    lock.lock();
    try {
      waiting.put(seq, result);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Removes and returns the result of {@code seq}, waiting up to {@code millis}; null if absent. */
  R poll(long seq, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    lock.lock();
    try {
      while (!waiting.containsKey(seq)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        arrived.awaitNanos(left);
      }
      return waiting.remove(seq);
    } finally {
      lock.unlock();
    }
  }

  /** Results waiting now. */
  int size() {
    lock.lock();
    try {
      return waiting.size();
    } finally {
      lock.unlock();
    }
  }
}
