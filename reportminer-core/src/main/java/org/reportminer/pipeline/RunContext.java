package org.reportminer.pipeline;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.Extractor;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.Failure;

/**
 * What the parts of one {@link ParallelIngest} share: its stages' engines and settings, the stop
 * flag, the live progress and the inputs' total, and how a stage's exception becomes a failure.
 */
final class RunContext {
  final Extractor extractor;
  final Analysis analysis;
  final ReportSchema schema;
  final ParallelIngest.Settings settings;
  final Consumer<Failure> onFailure;
  final AtomicBoolean stopRequested = new AtomicBoolean();
  final AtomicReference<ParallelIngest.Progress> progress =
      new AtomicReference<>(new ParallelIngest.Progress("starting", 0, -1, RunCounters.ZERO));
  final AtomicLong total = new AtomicLong(-1);

  RunContext(Extractor extractor, Analysis analysis, ReportSchema schema, ParallelIngest.Settings settings,
      Consumer<Failure> onFailure) {
    this.extractor = extractor;
    this.analysis = analysis;
    this.schema = schema;
    this.settings = settings;
    this.onFailure = onFailure;
  }

  int readThreads() {
    return Math.min(2, settings.threads());
  }

  /** The byte budget in units of 1 KiB (a semaphore counts ints). */
  int budgetUnits() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, settings.byteBudget() >> 10));
  }

  int units(long bytes) {
    return (int) Math.max(1, Math.min(budgetUnits(), (bytes + 1023) >> 10));
  }

  /** The failure of one document at {@code stage}, with a one-line reason. */
  Outcome.Failed failed(String path, String sha, Failure.Stage stage, Throwable cause, boolean read) {
    String reason;
    String hash = sha;
    if (cause instanceof TimeoutException) {
      reason = "time limit of " + TimedStage.seconds(settings.timeLimit()) + " exceeded";
    } else if (cause instanceof ExtractionException x) {
      reason = x.reason();
      if (x.sha256() != null) {
        hash = x.sha256();
      }
      if (stage == Failure.Stage.READ && !reason.startsWith("cannot read")) {
        stage = Failure.Stage.EXTRACT; // refused by size: an extraction limit, as in the extract command
      }
    } else if (cause instanceof OutOfMemoryError) {
      reason = "out of memory";
    } else if (cause instanceof StackOverflowError) {
      reason = "nested too deeply (stack overflow)";
    } else {
      String m = cause.getMessage();
      reason = "internal error: " + cause.getClass().getSimpleName() + (m == null ? "" : ": " + oneLine(m));
    }
    return new Outcome.Failed(new Failure(path, hash, stage, reason), true, read);
  }

  static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
