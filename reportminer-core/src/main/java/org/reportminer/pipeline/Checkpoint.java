package org.reportminer.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an ingest run stands, stored in the user data of each Lucene commit it makes, so that
 * the checkpoint and the index contents are one atomic unit (see the package documentation).
 * Immutable.
 *
 * @param runKey identifies the run: a hash of the inputs as given and the settings that change
 *     the index; only a run with the same key resumes from this checkpoint
 * @param next inputs {@code 0 .. next-1} (in enumeration order) are applied to the index
 * @param lastPath the path of input {@code next-1} (null when {@code next} is 0), checked on
 *     resume so that a changed set of inputs starts afresh instead of skipping the wrong ones
 * @param failuresLogged lines of the failures log that belong to inputs {@code 0 .. next-1}
 * @param phase {@link #INDEXING} while inputs remain, {@link #DONE} once the run finished
 * @param counters the run's counters up to {@code next}
 */
public record Checkpoint(
    String runKey, long next, String lastPath, long failuresLogged, String phase, RunCounters counters) {

  /** The run is going through its inputs. */
  public static final String INDEXING = "indexing";
  /** The run went through all its inputs (and removed missing ones when asked). */
  public static final String DONE = "done";

  static final String KEY = "ingest.run";
  static final String NEXT = "ingest.next";
  static final String LAST_PATH = "ingest.lastPath";
  static final String FAILURES = "ingest.failuresLogged";
  static final String PHASE = "ingest.phase";
  static final String COUNTERS = "ingest.counters";

  /** A run that has not applied anything yet. */
  public static Checkpoint start(String runKey) {
    return new Checkpoint(runKey, 0, null, 0, INDEXING, RunCounters.ZERO);
  }

  /** Whether {@code runKey} may continue from this checkpoint. */
  public boolean resumable(String runKey) {
    return this.runKey.equals(runKey) && phase.equals(INDEXING) && next > 0;
  }

  /** The commit user data holding this checkpoint, and the ids' scheme ({@link IdScheme}). */
  public Map<String, String> toCommitData() {
    Map<String, String> m = new HashMap<>();
    m.put(KEY, runKey);
    m.put(NEXT, Long.toString(next));
    if (lastPath != null) {
      m.put(LAST_PATH, lastPath);
    }
    m.put(FAILURES, Long.toString(failuresLogged));
    m.put(PHASE, phase);
    m.put(COUNTERS, counters.toJson());
    m.put(IdScheme.KEY, IdScheme.CURRENT); // the run keys its files the current way
    return m;
  }

  /** The checkpoint in a commit's user data, if it has one. */
  public static Optional<Checkpoint> fromCommitData(Map<String, String> data) {
    if (!data.containsKey(KEY) || !data.containsKey(NEXT)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Checkpoint(data.get(KEY), Long.parseLong(data.get(NEXT)), data.get(LAST_PATH),
          Long.parseLong(data.getOrDefault(FAILURES, "0")), data.getOrDefault(PHASE, DONE),
          data.containsKey(COUNTERS) ? RunCounters.fromJson(data.get(COUNTERS)) : RunCounters.ZERO));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not ours, or damaged: start afresh
    }
  }
}
