package org.reportminer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.reportminer.model.AnalyzedReport;

/**
 * Writes analyzed reports to the index, input file by input file, so that re-indexing is
 * incremental: {@link #replace} swaps all reports of one input file atomically (whatever their
 * number was before), {@link #indexedSha256} tells whether a file is unchanged, {@link #delete}
 * removes a file's reports.
 *
 * <p>"Input file" is the file on disk that was read; for an archive it is the archive, whose
 * members' reports all carry its path. Report ids stay unique: a report replaces any earlier
 * report with the same id, even from another file. The replacement deletes the file's old reports
 * by a term, and adds a query for reports of other files with the same ids only when such reports
 * may exist ({@link PossibleIds}): the same effect, without Lucene applying a query to every
 * segment for each file (in a profile of {@code bench ingest}, applying the deletes fell from
 * about 0.7% of the CPU samples to 0.1%).
 *
 * <p>Lookups ({@link #indexedSha256}, {@link #indexedInputs}) see the index as it was committed
 * when this writer was opened, plus the changes made through this writer. Thread-safe (Lucene's
 * {@link IndexWriter} is, the session table is synchronized, replacements take turns); changes
 * become durable at {@link #commit()} and {@link #close()}.
 */
public final class ReportIndexWriter implements Closeable {
  private final ReportSchema schema;
  private final Directory directory;
  private final IndexWriter writer;
  private final DirectoryReader snapshot;
  private final IndexSearcher snapshotSearcher;
  /** Inputs changed through this writer: path to sha256, or null when deleted. */
  private final Map<String, String> session = new HashMap<>();
  /** Guards {@link #possibleIds} together with the update that relies on it. */
  private final Object idsLock = new Object();
  /** Report ids the index may hold, so that most replacements delete by a term (lazily built). */
  private PossibleIds possibleIds;

  private ReportIndexWriter(ReportSchema schema, Directory directory, IndexWriter writer)
      throws IOException {
    this.schema = schema;
    this.directory = directory;
    this.writer = writer;
    this.snapshot = DirectoryReader.open(writer);
    this.snapshotSearcher = new IndexSearcher(snapshot);
  }

  /**
   * How the underlying Lucene writer runs.
   *
   * @param ramBufferMb memory for buffered documents before a segment is flushed
   * @param mergeInCallingThread merge segments in the thread that adds documents (Lucene's
   *     SerialMergeScheduler) instead of background threads; benchmarks use it so that merge cost
   *     is charged to the index that caused it
   */
  public record Settings(double ramBufferMb, boolean mergeInCallingThread) {
    /** 64 MB buffer, background merges. */
    public static final Settings DEFAULT = new Settings(64, false);
  }

  /** Opens (creating if needed) the Lucene index in {@code luceneDir}. */
  public static ReportIndexWriter open(Path luceneDir, ReportSchema schema) throws IOException {
    return open(luceneDir, schema, Settings.DEFAULT);
  }

  /** Opens (creating if needed) the Lucene index in {@code luceneDir} with {@code settings}. */
  public static ReportIndexWriter open(Path luceneDir, ReportSchema schema, Settings settings)
      throws IOException {
    Directory dir = FSDirectory.open(luceneDir);
    try {
      IndexWriterConfig config = new IndexWriterConfig(schema.indexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(settings.ramBufferMb());
      if (settings.mergeInCallingThread()) {
        config.setMergeScheduler(new SerialMergeScheduler());
      }
      return new ReportIndexWriter(schema, dir, new IndexWriter(dir, config));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * The SHA-256 the file {@code inputPath} had when its reports were indexed, or empty when the
   * index holds no report from it.
   */
  public Optional<String> indexedSha256(String inputPath) throws IOException {
    synchronized (session) {
      if (session.containsKey(inputPath)) {
        return Optional.ofNullable(session.get(inputPath));
      }
    }
    TopDocs top = snapshotSearcher.search(new TermQuery(new Term(ReportSchema.INPUT_PATH, inputPath)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document d = snapshotSearcher.storedFields().document(top.scoreDocs[0].doc);
    return Optional.ofNullable(d.get(ReportSchema.INPUT_SHA256));
  }

  /**
   * Replaces every report of {@code inputPath} by {@code reports} in one atomic update; with no
   * reports, the file's old reports are deleted. Also replaces reports with the same ids. Builds
   * the documents on the calling thread; {@link #replace(InputDocuments)} takes them prebuilt.
   */
  public void replace(String inputPath, String inputSha256, List<AnalyzedReport> reports)
      throws IOException {
    replace(schema.documents(inputPath, inputSha256, reports));
  }

  /**
   * Replaces every report of the input file by the prebuilt documents, as {@link
   * #replace(String, String, List)} does (the documents must come from this writer's schema).
   *
   * @throws IllegalArgumentException when Lucene refuses a document (a term longer than 32766
   *     bytes, say); the file's old reports then stay as they were
   * @throws IllegalStateException when {@code input} was already written
   */
  public void replace(InputDocuments input) throws IOException {
    List<Document> docs = input.take();
    String inputPath = input.inputPath();
    if (docs.isEmpty()) {
      delete(inputPath);
      return;
    }
    List<BytesRef> ids = new ArrayList<>(docs.size());
    for (String id : input.ids()) {
      ids.add(new BytesRef(id));
    }
    Term path = new Term(ReportSchema.INPUT_PATH, inputPath);
    synchronized (idsLock) {
      PossibleIds known = possibleIds();
      if (ids.stream().anyMatch(known::mayContain)) {
        BooleanQuery old =
            new BooleanQuery.Builder()
                .add(new TermQuery(path), Occur.SHOULD)
                .add(new TermInSetQuery(ReportSchema.ID, ids), Occur.SHOULD)
                .build();
        writer.updateDocuments(old, docs);
      } else {
        // no report in the index has any of these ids, so the file's own reports are all there is
        // to replace: a term delete, which Lucene applies more cheaply than a query
        writer.updateDocuments(path, docs);
      }
      ids.forEach(known::add);
    }
    synchronized (session) {
      session.put(inputPath, input.inputSha256());
    }
  }

  /**
   * The ids the index may hold: those of the index as this writer opened it (read on first use)
   * and those written since. Call with {@link #idsLock} held.
   */
  private PossibleIds possibleIds() throws IOException {
    if (possibleIds == null) {
      PossibleIds known = new PossibleIds();
      for (LeafReaderContext leaf : snapshot.leaves()) {
        Terms terms = leaf.reader().terms(ReportSchema.ID);
        if (terms != null) {
          TermsEnum te = terms.iterator();
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            known.add(t);
          }
        }
      }
      possibleIds = known;
    }
    return possibleIds;
  }

  /** Deletes every report read from {@code inputPath}. */
  public void delete(String inputPath) throws IOException {
    writer.deleteDocuments(new Term(ReportSchema.INPUT_PATH, inputPath));
    synchronized (session) {
      session.put(inputPath, null);
    }
  }

  /** Every input file that has reports in the index, sorted. */
  public List<String> indexedInputs() throws IOException {
    SortedSet<String> out = new TreeSet<>();
    Terms terms = MultiTerms.getTerms(snapshot, ReportSchema.INPUT_PATH);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String path = t.utf8ToString();
        synchronized (session) {
          if (session.containsKey(path) && session.get(path) == null) {
            continue;
          }
        }
        out.add(path);
      }
    }
    synchronized (session) {
      session.forEach(
          (path, sha) -> {
            if (sha != null) {
              out.add(path);
            }
          });
    }
    return List.copyOf(out);
  }

  /** Makes all changes so far durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  /**
   * Makes all changes so far durable together with {@code userData}, in one atomic Lucene commit
   * (a checkpoint of the ingest that made the changes; see {@link #commitData()}). Later commits,
   * {@link #close()} included, keep this data until it is set again.
   */
  public void commit(Map<String, String> userData) throws IOException {
    writer.setLiveCommitData(Map.copyOf(userData).entrySet(), true);
    writer.commit();
  }

  /**
   * The commit user data: that of the commit this writer opened on (empty for a new index) until
   * {@link #commit(Map)} sets new data.
   */
  public Map<String, String> commitData() throws IOException {
    Map<String, String> out = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return Map.copyOf(out);
  }

  /**
   * Discards every change since the last commit and closes: the index stays exactly as that
   * commit left it (what a crash would leave, without waiting for one); {@link #close()}
   * afterwards does nothing.
   */
  public void rollback() throws IOException {
    try (directory;
        snapshot) {
      writer.rollback();
    }
  }

  /** Commits and closes (nothing when already rolled back). */
  @Override
  public void close() throws IOException {
    if (!writer.isOpen()) {
      return;
    }
    try (directory;
        snapshot;
        writer) {
      writer.commit();
    }
  }
}
