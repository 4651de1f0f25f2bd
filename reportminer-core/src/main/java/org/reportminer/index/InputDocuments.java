package org.reportminer.index;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;

/**
 * The Lucene documents of one input file's reports, built ahead of indexing by {@link
 * ReportSchema#documents} and written by {@link ReportIndexWriter#replace(InputDocuments)}. It
 * lets a batch build the documents (fields, fingerprints, facets) on its worker threads, so the
 * one thread that applies inputs to the index in order only swaps them in.
 *
 * <p>Not a general document holder: the documents are visible only inside this package, and a
 * value is written once (its word fields are token streams that are consumed when indexed; a
 * second {@link ReportIndexWriter#replace(InputDocuments)} of the same value is refused). It may
 * be built on one thread and written on another.
 */
public final class InputDocuments {
  private final String inputPath;
  private final String inputSha256;
  private final List<String> ids;
  private final List<Document> documents;
  private final AtomicBoolean taken = new AtomicBoolean();

  InputDocuments(String inputPath, String inputSha256, List<String> ids, List<Document> documents) {
    if (ids.size() != documents.size()) {
      throw new IllegalArgumentException("one id per document");
    }
    this.inputPath = Objects.requireNonNull(inputPath);
    this.inputSha256 = Objects.requireNonNull(inputSha256);
    this.ids = List.copyOf(ids);
    this.documents = List.copyOf(documents);
  }

  /** The input file the reports were read from. */
  public String inputPath() {
    return inputPath;
  }

  /** The SHA-256 of the file's bytes. */
  public String inputSha256() {
    return inputSha256;
  }

  /** The reports' ids, in order. */
  public List<String> ids() {
    return ids;
  }

  /** How many reports (documents) there are; 0 means the file's reports are to be deleted. */
  public int size() {
    return documents.size();
  }

  /** The documents, for the one write of this value. */
  List<Document> take() {
    if (!taken.compareAndSet(false, true)) {
      throw new IllegalStateException("documents of " + inputPath + " were already written");
    }
    return documents;
  }
}
