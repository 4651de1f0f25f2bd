package org.reportminer.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reportminer.dedup.CopyDetector;
import org.reportminer.dedup.CopyReport;
import org.reportminer.dedup.CopyReportHtml;
import org.reportminer.dedup.DedupFields;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.DuplicateCluster;
import org.reportminer.dedup.DuplicateClusterFormat;
import org.reportminer.dedup.Fingerprint;
import org.reportminer.dedup.Fingerprinter;
import org.reportminer.dedup.IndexCopySource;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;
import org.reportminer.search.Concordance;
import org.reportminer.search.ConcordanceFinder;
import org.reportminer.search.ConcordanceRequest;
import org.reportminer.search.EntityProfile;
import org.reportminer.search.EntityProfiler;
import org.reportminer.search.EntityRequest;
import org.reportminer.search.QueryException;
import org.reportminer.search.SearchEngine;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SearchResult;
import org.reportminer.search.Timeline;
import org.reportminer.search.TimelineCounter;
import org.reportminer.search.TimelineRequest;

/**
 * An index opened for reading: search (similar reports are a search with {@code like}), a report
 * by id, the research views (timeline, concordance, entity pages), near-duplicate clusters, copy
 * checks (查重) and statistics. What {@code reportminer
 * search/dups/copycheck/stats} and every route of the HTTP server call. Thread-safe; {@link
 * #refresh()} makes new commits visible, and a call in flight keeps the reader it started with.
 */
public final class Archive implements Backend {
  private final IndexLayout layout;
  private final SearchEngine search;
  private final TimelineCounter timelines;
  private final ConcordanceFinder concordances;
  private final EntityProfiler entities;
  private final Directory directory;
  private final ReaderManager readers;
  private final DedupSettings dedup;
  private final CopyDetector detector;

  private Archive(IndexLayout layout, SearchEngine search, Directory directory, ReaderManager readers,
      DedupSettings dedup) {
    this.layout = layout;
    this.search = search;
    this.timelines = new TimelineCounter(search);
    this.concordances = new ConcordanceFinder(search);
    this.entities = new EntityProfiler(search);
    this.directory = directory;
    this.readers = readers;
    this.dedup = dedup;
    this.detector = new CopyDetector(dedup);
  }

  /**
   * Opens the index in {@code layout} with the shipped analysis and dedup settings.
   *
   * @throws NoIndexException when there is no index there yet
   */
  public static Archive open(IndexLayout layout) throws IOException {
    return open(layout, ReportSchema.withHanlp(), DedupSettings.defaults());
  }

  /**
   * Opens the index in {@code layout}, built with {@code schema} and {@code dedup} (tests and
   * benchmarks that index with other settings).
   *
   * @throws NoIndexException when there is no index there yet
   */
  public static Archive open(IndexLayout layout, ReportSchema schema, DedupSettings dedup)
      throws IOException {
    if (!ArchiveStats.exists(layout)) {
      throw new NoIndexException(layout);
    }
    SearchEngine search = SearchEngine.open(layout, schema);
    Directory directory = null;
    try {
      directory = FSDirectory.open(layout.lucene());
      return new Archive(layout, search, directory, new ReaderManager(directory), dedup);
    } catch (IOException | RuntimeException e) {
      try (search; Directory d = directory) {
        throw e;
      }
    }
  }

  /** Where this index lives. */
  public IndexLayout layout() {
    return layout;
  }

  /** Answers a search (a query, filters, facets, snippets; {@code like} for similar reports). */
  @Override
  public SearchResult search(SearchRequest request) throws QueryException, IOException {
    return search.search(request);
  }

  /** The indexed report with this id, with its analysis. */
  @Override
  public Optional<AnalyzedReport> report(String id) throws IOException {
    return search.report(id);
  }

  /** Matching reports per year, quarter or month, for one or more queries with filters. */
  public Timeline timeline(TimelineRequest request) throws QueryException, IOException {
    return timelines.count(request);
  }

  /** A page of keyword-in-context lines for a word or phrase, with filters. */
  public Concordance concordance(ConcordanceRequest request) throws QueryException, IOException {
    return concordances.find(request);
  }

  /** An organization's, person's or place's reports over time and its associated names. */
  public EntityProfile entity(EntityRequest request) throws QueryException, IOException {
    return entities.profile(request);
  }

  /** The near-duplicate clusters whose members are at least {@code minSimilarity} alike. */
  @Override
  public List<DuplicateCluster> duplicates(double minSimilarity) throws IOException {
    DirectoryReader reader = readers.acquire();
    try {
      return DuplicateClusterFormat.atLeast(new IndexedDuplicates(dedup).clusters(reader), minSimilarity);
    } finally {
      readers.release(reader);
    }
  }

  /**
   * True when the reports carry dedup fingerprints, so copy checks can run (an index built before
   * the dedup stage has none: ingest into a new index to add them).
   */
  @Override
  public boolean canCheckCopies() throws IOException {
    DirectoryReader reader = readers.acquire();
    try {
      return reader.numDocs() == 0 || reader.getDocCount(DedupFields.WINNOW) > 0;
    } finally {
      readers.release(reader);
    }
  }

  /**
   * The copy check of the indexed report {@code id} against the rest of the index; with {@code
   * sideBySide}, the texts of the first sources are read too, for {@link CopyCheck#html()}.
   */
  @Override
  public Optional<CopyCheck> copyCheck(String id, boolean sideBySide) throws IOException {
    return withCopySource(archive -> {
      Fingerprint query = archive.fingerprint(id);
      return query == null ? Optional.empty() : Optional.of(check(query, archive, sideBySide));
    });
  }

  /**
   * The copy check of each of {@code reports} (not indexed, e.g. a file just extracted); {@code
   * sideBySide} as for one indexed report.
   */
  @Override
  public List<CopyCheck> copyCheck(List<Report> reports, boolean sideBySide) throws IOException {
    Fingerprinter fingerprinter = new Fingerprinter(dedup);
    return withCopySource(archive -> {
      List<CopyCheck> out = new ArrayList<>();
      for (Report r : reports) {
        out.add(check(fingerprinter.fingerprint(r), archive, sideBySide));
      }
      return out;
    });
  }

  /** The statistics of this index ({@link ArchiveStats#of}). */
  @Override
  public ArchiveStats stats() throws IOException {
    return ArchiveStats.of(layout);
  }

  /** The index's folder. */
  @Override
  public String describe() {
    return layout.root().toString();
  }

  /** Sees the index's latest commit from now on. */
  @Override
  public void refresh() throws IOException {
    search.refresh();
    readers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    try (search; directory) {
      readers.close();
    }
  }

  private CopyCheck check(Fingerprint query, IndexCopySource archive, boolean sideBySide) {
    CopyReport report = detector.check(query, archive);
    if (!sideBySide) {
      return new CopyCheck(report, java.util.Map.of());
    }
    // the side-by-side view shows the text of the first sources: read them with the same reader
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    report.sources().stream().limit(CopyReportHtml.SIDE_BY_SIDE).forEach(s -> {
      Fingerprint f = archive.fingerprint(s.id());
      if (f != null) {
        texts.put(s.id(), f.report().text());
      }
    });
    return new CopyCheck(report, texts);
  }

  private interface WithSource<T> {
    T apply(IndexCopySource archive) throws IOException;
  }

  private <T> T withCopySource(WithSource<T> action) throws IOException {
    DirectoryReader reader = readers.acquire();
    try {
      return action.apply(new IndexCopySource(reader, dedup));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      readers.release(reader);
    }
  }
}
