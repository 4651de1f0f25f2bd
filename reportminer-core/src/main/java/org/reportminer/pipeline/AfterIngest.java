package org.reportminer.pipeline;

import java.io.IOException;
import org.reportminer.index.IndexLayout;

/**
 * A step that needs the whole index and runs once at the end of an ingest run that went through
 * all its inputs, after the index writer is closed (near-duplicate clusters: link the new reports
 * to their near-duplicates and write cluster ids). It is not run when the run was interrupted;
 * the run that finishes it runs the step. Implementations say whether they are idempotent.
 */
@FunctionalInterface
public interface AfterIngest {

  /** No step. */
  AfterIngest NONE = (layout, counters) -> {};

  /**
   * Runs the step on the closed index under {@code layout}.
   *
   * @param counters what the run did (a step may skip work when nothing was indexed)
   */
  void run(IndexLayout layout, RunCounters counters) throws IOException;
}
