package org.reportminer.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reportminer.dedup.CopyDetector;
import org.reportminer.dedup.CopyReport;
import org.reportminer.dedup.CopyReportFormat;
import org.reportminer.dedup.CopyReportHtml;
import org.reportminer.dedup.DedupFields;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.Fingerprint;
import org.reportminer.dedup.IndexCopySource;
import org.reportminer.index.IndexLayout;

/**
 * {@link CopyChecks} over the index, as {@code reportminer copycheck ID} does them: the dedup
 * stage's {@link CopyDetector} against an {@link IndexCopySource}, rendered by {@link
 * CopyReportFormat#json} and {@link CopyReportHtml}. Holds its own Lucene reader, refreshed by
 * {@link #refresh()}; a check in flight keeps the reader it started with. Thread-safe.
 */
public final class IndexCopyChecks implements CopyChecks, Closeable {
  private final Directory directory;
  private final ReaderManager readers;
  private final DedupSettings settings;
  private final CopyDetector detector;

  private IndexCopyChecks(Directory directory, ReaderManager readers, DedupSettings settings) {
    this.directory = directory;
    this.readers = readers;
    this.settings = settings;
    this.detector = new CopyDetector(settings);
  }

  /**
   * Copy checks over the index in {@code layout}, or empty when its reports carry no dedup
   * fingerprints (an index built before the dedup stage: re-ingest to add them).
   */
  public static Optional<IndexCopyChecks> open(IndexLayout layout, DedupSettings settings)
      throws IOException {
    Directory directory = FSDirectory.open(layout.lucene());
    try {
      ReaderManager readers = new ReaderManager(directory);
      IndexReader reader = readers.acquire();
      boolean fingerprinted;
      try {
        fingerprinted = reader.numDocs() == 0 || reader.getDocCount(DedupFields.WINNOW) > 0;
      } finally {
        readers.release((DirectoryReader) reader);
      }
      if (!fingerprinted) {
        readers.close();
        directory.close();
        return Optional.empty();
      }
      return Optional.of(new IndexCopyChecks(directory, readers, settings));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public Optional<JsonNode> json(String id) throws IOException {
    return check(id, (archive, report) -> CopyReportFormat.json(report));
  }

  @Override
  public Optional<String> html(String id) throws IOException {
    return check(id, (archive, report) -> CopyReportHtml.render(report, sourceText(archive)));
  }

  @Override
  public void refresh() throws IOException {
    readers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      readers.close();
    }
  }

  private interface Render<T> {
    T render(IndexCopySource archive, CopyReport report);
  }

  private <T> Optional<T> check(String id, Render<T> render) throws IOException {
    DirectoryReader reader = readers.acquire();
    try {
      IndexCopySource archive = new IndexCopySource(reader, settings);
      Fingerprint query = archive.fingerprint(id);
      if (query == null) {
        return Optional.empty();
      }
      return Optional.of(render.render(archive, detector.check(query, archive)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      readers.release(reader);
    }
  }

  private static Function<String, String> sourceText(IndexCopySource archive) {
    return sourceId -> {
      Fingerprint f = archive.fingerprint(sourceId);
      return f == null ? null : f.report().text();
    };
  }
}
