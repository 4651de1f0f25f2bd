package org.reportminer.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.reportminer.extract.CharsetDoubt;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.model.Failure;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;

/**
 * One extraction run over many inputs, as done by {@code extract}: every document is extracted
 * into a page in parallel under the per-document time limit ({@link TimeLimitedExecutor}); the
 * site template lines are learned over all pages of the run ({@link SiteTemplates}, this is the
 * pre-pass) and removed; each page is split into reports, which are handed over in input order.
 * Failures are handed over as they are found in that order too; none stops the run.
 *
 * <p>All pages of the run are held in memory until the templates are learned, so this suits
 * command-line runs over thousands of documents; batch ingestion of archives streams instead.
 * Not thread-safe: one run at a time per instance.
 */
public final class ExtractionRun {

  /**
   * Settings of a run.
   *
   * @param timeLimit per-document time limit
   * @param threads documents extracted at once
   * @param siteTemplates whether to learn and remove site template lines
   */
  public record Settings(Duration timeLimit, int threads, boolean siteTemplates) {
    public Settings {
      if (threads < 1 || timeLimit.isZero() || timeLimit.isNegative()) {
        throw new IllegalArgumentException("threads must be >= 1 and the time limit positive");
      }
    }
  }

  /** Counts of a finished run. */
  public record Summary(int documents, int pages, int reports, int failures) {}

  private final Extractor extractor;
  private final Settings settings;

  public ExtractionRun(Extractor extractor, Settings settings) {
    this.extractor = extractor;
    this.settings = settings;
  }

  /**
   * Runs over {@code inputs}: reports go to {@code reports}, failures (including those of the
   * enumeration) to {@code failures}, both in input order; so do the warnings about pages whose
   * reports were handed over but whose decoding is doubtful ({@link CharsetDoubt}, {@link
   * Failure#warning()}), which the summary does not count as failures.
   */
  public Summary run(InputSources.Inputs inputs, Consumer<Report> reports, Consumer<Failure> failures)
      throws InterruptedException {
    inputs.failures().forEach(failures);
    List<Outcome> outcomes = pages(inputs.documents());
    SiteTemplates templates = SiteTemplates.none();
    if (settings.siteTemplates()) {
      SiteTemplates.Builder builder = SiteTemplates.builder();
      for (Outcome o : outcomes) {
        if (o instanceof Outcome.Extracted e) {
          builder.add(e.page());
        }
      }
      templates = builder.build();
    }
    return split(inputs, outcomes, templates, reports, failures);
  }

  /**
   * Runs over {@code inputs} as {@link #run(InputSources.Inputs, Consumer, Consumer)} does, but
   * removes the given template lines instead of learning them from these inputs: for engines
   * that learn them over a whole archive first (the Spark job) and extract a part of it here.
   */
  public Summary run(InputSources.Inputs inputs, SiteTemplates templates, Consumer<Report> reports,
      Consumer<Failure> failures) throws InterruptedException {
    inputs.failures().forEach(failures);
    return split(inputs, pages(inputs.documents()), templates, reports, failures);
  }

  private Summary split(InputSources.Inputs inputs, List<Outcome> outcomes, SiteTemplates templates,
      Consumer<Report> reports, Consumer<Failure> failures) {
    int pages = 0;
    int reportCount = 0;
    int failed = inputs.failures().size();
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Failed f) {
        failures.accept(f.failure());
        failed++;
        continue;
      }
      Outcome.Extracted e = (Outcome.Extracted) o;
      Page page = templates.apply(e.page());
      List<Report> split;
      try {
        split = page.paragraphs().isEmpty() ? List.of() : extractor.reports(page);
      } catch (RuntimeException ex) {
        failures.accept(new Failure(o.path(), page.source().sha256(), Failure.Stage.EXTRACT, "internal error while splitting: " + ex));
        failed++;
        continue;
      }
      if (split.isEmpty()) {
        failures.accept(new Failure(o.path(), page.source().sha256(), Failure.Stage.EXTRACT, "no text left after removing site template lines"));
        failed++;
        continue;
      }
      pages++;
      reportCount += split.size();
      split.forEach(reports);
      // a doubtful decoding is a warning after the page's reports, not a failure (not counted)
      CharsetDoubt.of(e.page()).ifPresent(reason ->
          failures.accept(new Failure(o.path(), page.source().sha256(), Failure.Stage.CHARSET, reason)));
    }
    return new Summary(inputs.documents().size(), pages, reportCount, failed);
  }

  /** Extracts every document into a page (or a failure), in parallel, results in input order. */
  public List<Outcome> pages(List<RawDocument> docs) throws InterruptedException {
    List<CompletableFuture<Page>> futures = new ArrayList<>(docs.size());
    List<AtomicReference<String>> hashes = new ArrayList<>(docs.size());
    try (TimeLimitedExecutor executor = new TimeLimitedExecutor(settings.threads(), settings.timeLimit())) {
      for (RawDocument doc : docs) {
        AtomicReference<String> hash = new AtomicReference<>();
        hashes.add(hash);
        futures.add(
            executor.submit(
                () -> {
                  byte[] bytes = extractor.read(doc);
                  hash.set(ReportId.sha256Hex(bytes)); // known even if parsing then times out
                  return extractor.page(doc, bytes);
                }));
      }
      List<Outcome> out = new ArrayList<>(docs.size());
      for (int i = 0; i < docs.size(); i++) {
        out.add(outcome(docs.get(i), futures.get(i), hashes.get(i)));
      }
      return out;
    }
  }

  private Outcome outcome(RawDocument doc, CompletableFuture<Page> future, AtomicReference<String> recordedHash)
      throws InterruptedException {
    try {
      return new Outcome.Extracted(doc, future.get());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      // the hash the task recorded once it had the bytes; a task that timed out while still
      // reading has none (the document is never re-read here: it may be the one that hangs)
      String hash = recordedHash.get();
      if (cause instanceof ExtractionException x) {
        return new Outcome.Failed(new Failure(doc.path(), x.sha256(), Failure.Stage.EXTRACT, x.reason()));
      }
      if (cause instanceof TimeoutException t) {
        return new Outcome.Failed(new Failure(doc.path(), hash, Failure.Stage.EXTRACT, t.getMessage()));
      }
      if (cause instanceof OutOfMemoryError) {
        return new Outcome.Failed(new Failure(doc.path(), null, Failure.Stage.EXTRACT, "out of memory while extracting"));
      }
      String what = cause == null ? e.toString() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
      return new Outcome.Failed(new Failure(doc.path(), hash, Failure.Stage.EXTRACT, "internal error: " + oneLine(what)));
    }
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
