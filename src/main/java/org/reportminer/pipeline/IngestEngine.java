package org.reportminer.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.reportminer.extract.ExtractionException;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Failure;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/**
 * Sequential ingestion: for each input document, hash → skip if unchanged → extract → analyze →
 * replace its reports in the index; then, optionally, delete the reports of documents that are
 * gone. This is the straightforward single-threaded version; each step is a seam ({@link
 * Extraction}, {@link Analysis}, {@link ReportIndexWriter}) that a parallel, resumable pipeline
 * can drive from its own workers.
 *
 * <p>Incremental: a document whose SHA-256 equals the one it was indexed with is not read
 * further (so a run that was killed, having committed every {@link Options#commitEvery()}
 * documents, goes on where it stopped when started again); a changed document replaces all its old reports at once (also when its number of
 * reports changed); a document that fails keeps its old reports and is retried next run.
 *
 * <p>Not thread-safe (one run at a time); the seams it calls must be thread-safe only if a caller
 * shares them with other threads.
 */
public final class IngestEngine {

  /** The extract stage: one document into its reports. */
  @FunctionalInterface
  public interface Extraction {
    /** The reports of {@code doc}; throws with a one-line reason for bad documents. */
    List<Report> extract(RawDocument doc) throws ExtractionException;
  }

  /** The analyze stage: one report with its entities, dates, numbers, themes. */
  @FunctionalInterface
  public interface Analysis {
    /** The analysis of {@code report}. */
    AnalyzedReport analyze(Report report);
  }

  /**
   * Run options.
   *
   * @param deleteMissing remove reports of documents that are gone
   * @param commitEvery commit after this many documents, so a run that is killed keeps what it
   *     did (the next run skips those documents as unchanged); 0 commits only at the end
   */
  public record Options(boolean deleteMissing, int commitEvery) {
    /** Commit every 1,000 documents. */
    public static final int DEFAULT_COMMIT_EVERY = 1000;

    /** Options with the default commit interval. */
    public Options(boolean deleteMissing) {
      this(deleteMissing, DEFAULT_COMMIT_EVERY);
    }
  }

  private final Extraction extraction;
  private final Analysis analysis;
  private final ReportIndexWriter index;

  /** An engine writing through {@code index} (which the caller opens and closes). */
  public IngestEngine(Extraction extraction, Analysis analysis, ReportIndexWriter index) {
    this.extraction = extraction;
    this.analysis = analysis;
    this.index = index;
  }

  /**
   * Ingests {@code documents}. {@code inputFailures} are failures that happened before (inputs
   * that could not be enumerated); they are passed through to {@code listener} and counted.
   * Every outcome goes to {@code listener} as it happens (progress, failures log).
   *
   * @throws IOException when the index cannot be written (documents never cause this)
   */
  public IngestSummary run(List<RawDocument> documents, List<Failure> inputFailures,
      Options options, Consumer<IngestOutcome> listener) throws IOException {
    Counter counter = new Counter();
    for (Failure f : inputFailures) {
      counter.add(new IngestOutcome.Failed(f), listener);
    }
    Set<String> seen = new HashSet<>();
    int sinceCommit = 0;
    for (RawDocument doc : documents) {
      seen.add(doc.path());
      counter.add(ingest(doc), listener);
      if (options.commitEvery() > 0 && ++sinceCommit >= options.commitEvery()) {
        index.commit();
        sinceCommit = 0;
      }
    }
    if (options.deleteMissing()) {
      for (String path : missing(index.indexedInputs(), seen, containers(documents))) {
        index.delete(path);
        counter.deleted++;
      }
    }
    index.commit();
    return counter.summary(documents.size());
  }

  /** Ingests one document; never throws for a bad document. */
  public IngestOutcome ingest(RawDocument doc) throws IOException {
    String sha;
    try {
      sha = sha256(doc);
    } catch (IOException e) {
      return new IngestOutcome.Failed(
          new Failure(doc.path(), null, "read", "cannot read: " + e.getMessage()));
    }
    String previous = index.indexedSha256(doc.path()).orElse(null);
    if (sha.equals(previous)) {
      return new IngestOutcome.Unchanged(doc.path());
    }
    List<Report> reports;
    try {
      reports = extraction.extract(doc);
    } catch (ExtractionException e) {
      String reportedSha = e.sha256() != null ? e.sha256() : sha;
      return new IngestOutcome.Failed(new Failure(doc.path(), reportedSha, "extract", e.reason()));
    }
    List<AnalyzedReport> analyzed = new ArrayList<>(reports.size());
    for (Report r : reports) {
      try {
        analyzed.add(analysis.analyze(r));
      } catch (RuntimeException e) {
        return new IngestOutcome.Failed(new Failure(doc.path(), sha, "analyze",
            "report " + r.source().part() + ": " + oneLine(e)));
      }
    }
    try {
      index.replace(doc.path(), sha, analyzed);
    } catch (IllegalArgumentException e) {
      // Lucene rejects documents it cannot index (a term longer than 32766 bytes, say)
      return new IngestOutcome.Failed(new Failure(doc.path(), sha, "index", oneLine(e)));
    }
    return new IngestOutcome.Indexed(doc.path(), analyzed.size(), previous != null);
  }

  /**
   * Indexed documents that are gone: their file no longer exists, or they were members of an
   * archive (or records of a WARC file) that was read in this run and no longer holds them.
   * Paths are keys relative to the current folder.
   */
  static List<String> missing(List<String> indexed, Set<String> seen, Set<String> containersRead) {
    return missing(indexed, seen, containersRead, SourceKeys.currentFolder());
  }

  /** {@link #missing(List, Set, Set)} with paths that are {@code keys} (resolved against their base folder). */
  static List<String> missing(List<String> indexed, Set<String> seen, Set<String> containersRead, SourceKeys keys) {
    List<String> out = new ArrayList<>();
    for (String path : indexed) {
      if (seen.contains(path)) {
        continue;
      }
      String container = container(path, keys);
      boolean fileGone = !exists(container, keys);
      boolean droppedFromArchive = !container.equals(path) && containersRead.contains(container);
      if (fileGone || droppedFromArchive) {
        out.add(path);
      }
    }
    return out;
  }

  /** The file on disk holding {@code path}: the archive of a member, the WARC of a record. */
  static String container(String path) {
    return container(path, SourceKeys.currentFolder());
  }

  /** {@link #container(String)} for a key of {@code keys}. */
  static String container(String path, SourceKeys keys) {
    if (exists(path, keys)) {
      return path;
    }
    int member = path.indexOf("!/");
    if (member > 0) {
      return path.substring(0, member);
    }
    int record = path.lastIndexOf('#');
    if (record > 0 && path.substring(record + 1).matches("\\d+")) {
      return path.substring(0, record);
    }
    return path;
  }

  private static Set<String> containers(List<RawDocument> documents) {
    Set<String> out = new HashSet<>();
    for (RawDocument d : documents) {
      String c = container(d.path());
      if (!c.equals(d.path())) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean exists(String path, SourceKeys keys) {
    if (path.equals("-")) {
      return true; // stdin documents are never "gone"
    }
    try {
      return Files.exists(keys.file(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String sha256(RawDocument doc) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
    try (InputStream in = new DigestInputStream(doc.content().open(), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static String oneLine(Throwable e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return msg.replace('\n', ' ');
  }

  private static final class Counter {
    int indexed;
    int reports;
    int replaced;
    int unchanged;
    int failed;
    int deleted;
    final Map<String, Integer> byStage = new TreeMap<>();

    void add(IngestOutcome o, Consumer<IngestOutcome> listener) {
      if (o instanceof IngestOutcome.Indexed i) {
        indexed++;
        reports += i.reports();
        if (i.replaced()) {
          replaced++;
        }
      } else if (o instanceof IngestOutcome.Unchanged) {
        unchanged++;
      } else if (o instanceof IngestOutcome.Failed f) {
        failed++;
        byStage.merge(f.failure().stage(), 1, Integer::sum);
      }
      listener.accept(o);
    }

    IngestSummary summary(int documents) {
      return new IngestSummary(documents, indexed, reports, replaced, unchanged, failed, deleted,
          byStage);
    }
  }
}
