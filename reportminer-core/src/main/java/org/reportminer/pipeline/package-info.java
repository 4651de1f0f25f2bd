/**
 * Batch ingestion around the stages: input sources ({@link org.reportminer.pipeline.InputSources}:
 * files, directories, zip, WARC, stdin, streamed in a fixed order), the parallel ingest ({@link
 * org.reportminer.pipeline.ParallelIngest}), per-document time limits ({@link
 * org.reportminer.pipeline.TimedStage}, {@link org.reportminer.pipeline.TimeLimitedExecutor}),
 * outcomes that make bad documents values ({@link org.reportminer.pipeline.Outcome}), the failures
 * log ({@link org.reportminer.pipeline.FailureLog}), checkpoints ({@link
 * org.reportminer.pipeline.Checkpoint}), how input files are named in ids and the index ({@link
 * org.reportminer.pipeline.SourceKeys}, {@link org.reportminer.pipeline.IdScheme}), progress ({@link org.reportminer.pipeline.ProgressDisplay}), an
 * extraction run over many inputs ({@link org.reportminer.pipeline.ExtractionRun}) and the gold
 * corpus for evaluation ({@link org.reportminer.pipeline.GoldCorpus}).
 *
 * <h2>How an ingest run is laid out</h2>
 *
 * <pre>
 *   enumerate ─▶ [queue] ─▶ read ×R ─▶ [queue] ─▶ extract ×N ─▶ [queue] ─▶ analyze ×N ─▶ [reorder] ─▶ index ×1
 *   (one thread,           (bytes,               (page, site              (ReportAnalyzer,       (in input order,
 *    input order,           SHA-256,              templates, split;        time limit; then the   ReportIndexWriter,
 *    sequence numbers)      unchanged?)           time limit)              Lucene documents)      checkpoints)
 * </pre>
 *
 * The index thread is the one serial step, so it does as little as it can: the analyze workers
 * build each input's Lucene documents (fields, fingerprints, facets: {@link
 * org.reportminer.index.ReportSchema#documents}, after the analysis and outside its time limit,
 * as the index thread did), and the index thread only swaps them in and keeps the counters.
 *
 * Every input gets a sequence number in a fixed enumeration order (sorted directory walk, archive
 * entry order, WARC record order). The stages run in their own threads joined by bounded queues;
 * at most N threads compute at once (a shared set of CPU permits), so {@code --threads 1} is a
 * sequential run with its I/O overlapped. Memory is bounded by a window: the enumerator hands out
 * sequence number {@code s} only when {@code s - W} has been applied to the index, so at most W
 * documents are anywhere in the pipeline whatever the corpus size, and the raw bytes held at once
 * are bounded by a byte budget.
 *
 * <h2>Checkpoints on Lucene commit semantics</h2>
 *
 * Lucene makes a commit atomic and durable: after a crash (SIGKILL, power loss) an index opens at
 * its last commit, with everything added after it gone, and nothing half-written. A commit can
 * carry a small string map of user data, written atomically with the segments. The ingest uses
 * exactly that:
 *
 * <ul>
 *   <li>The single index thread applies documents strictly in sequence order, each one as one
 *       atomic {@code updateDocuments} (all reports of an input replaced at once). So at any
 *       moment the index holds exactly the effects of inputs {@code 0 .. next-1}.
 *   <li>Every commit (every {@code --commit-every} seconds, at the end, and on SIGINT/SIGTERM)
 *       stores a {@link org.reportminer.pipeline.Checkpoint} in the commit's user data: the run's
 *       key (a hash of the inputs as given and of the settings that change the index), {@code
 *       next}, the path of input {@code next-1}, how many lines the failures log had, and the
 *       run's counters. Data and checkpoint are one atomic unit: the index can never be ahead of
 *       or behind its checkpoint.
 *   <li>The same command run again finds a checkpoint with its own key and an unfinished phase:
 *       it enumerates the inputs again (same order), checks that input {@code next-1} has the same
 *       path, skips everything before {@code next} without reading it, cuts the failures log back
 *       to the recorded number of lines, and goes on. Documents applied after the last commit were
 *       lost with the crash and are simply done again. The operations applied to the index are
 *       then the same, in the same order, as in one uninterrupted run, so the final index is the
 *       same: same report ids, no duplicates, no loss.
 *   <li>Site template lines depend on every page of the run; they are learned once in a counting
 *       pre-pass and stored under the run's key ({@code site-templates.json}), so a resumed run
 *       removes the same lines as the uninterrupted one.
 *   <li>A finished run (phase {@code done}) or another command starts afresh; documents already
 *       in the index with the same SHA-256 are then skipped as unchanged.
 * </ul>
 *
 * <p>The sequence order also makes results independent of thread interleaving: two inputs that
 * give the same report id (one URL crawled twice) resolve the same way in every run, the later
 * input winning.
 *
 * <h2>After the index is closed</h2>
 *
 * Steps that need the whole index (near-duplicate clusters) run once after the writer is closed,
 * through {@link org.reportminer.pipeline.AfterIngest}; there is exactly one call site, at the end
 * of {@link org.reportminer.pipeline.ParallelIngest#run}.
 */
package org.reportminer.pipeline;
