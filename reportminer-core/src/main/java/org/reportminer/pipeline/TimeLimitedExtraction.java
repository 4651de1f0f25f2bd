package org.reportminer.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.Extractor;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/**
 * The extract stage of {@link IngestEngine} under a per-document time limit: {@link
 * Extractor#extract} runs on a {@link TimeLimitedExecutor} thread, and a document that overruns
 * becomes an {@link ExtractionException} ("time limit of 30 s exceeded") instead of stalling the
 * run. One document at a time. Close it to stop the timer thread.
 */
public final class TimeLimitedExtraction implements IngestEngine.Extraction, AutoCloseable {
  private final Extractor extractor;
  private final TimeLimitedExecutor executor;

  /** Extracts with {@code extractor}, giving each document at most {@code limit}. */
  public TimeLimitedExtraction(Extractor extractor, Duration limit) {
    this.extractor = extractor;
    this.executor = new TimeLimitedExecutor(1, limit);
  }

  @Override
  public List<Report> extract(RawDocument doc) throws ExtractionException {
    try {
      return executor.submit(() -> extractor.extract(doc)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted", null, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExtractionException x) {
        throw x;
      }
      if (cause instanceof TimeoutException t) {
        throw new ExtractionException(t.getMessage(), null, null);
      }
      if (cause instanceof OutOfMemoryError) {
        throw new ExtractionException("out of memory while extracting", null, null);
      }
      String what = cause == null ? e.toString() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
      throw new ExtractionException("internal error: " + what.replaceAll("\\s+", " "), null, cause);
    }
  }

  @Override
  public void close() {
    executor.close();
  }
}
