package org.reportminer.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.NormalizingSegmenter;
import org.reportminer.nlp.Segmenter;

/**
 * The one owner of the index layout: field names, how each field is analyzed and stored, the
 * facet configuration, and the mapping between an {@link AnalyzedReport} and a Lucene document.
 * Stages that add fields (fingerprints, cluster ids) add them here.
 *
 * <p>Text fields come in pairs indexed from the same string: a word field through {@link
 * HanlpAnalyzer} ({@link #BODY}, {@link #TITLE}) and a character-bigram field through Lucene's
 * {@link CJKAnalyzer} ({@link #BODY_BIGRAM}, {@link #TITLE_BIGRAM}), so a phrase matches even
 * where HanLP splits it differently in the document and in the query. Both body fields keep
 * offsets in the postings, so highlighting reads exact offsets from the index and never re-runs
 * HanLP.
 *
 * <p>Thread-safe once built (analyzers and the facets configuration are shared read-only).
 */
public final class ReportSchema {
  /** Report id (exact, stored). */
  public static final String ID = "id";
  /** Title through HanLP; stored. */
  public static final String TITLE = "title";
  /** Title as character bigrams. */
  public static final String TITLE_BIGRAM = "title.bigram";
  /** Report text through HanLP; stored (the text of the record), offsets in the postings. */
  public static final String BODY = "body";
  /** Report text as character bigrams, offsets in the postings. */
  public static final String BODY_BIGRAM = "body.bigram";
  /** The JSON record (docs/ARCHITECTURE.md) without its "text" (which is {@link #BODY}); stored only. */
  public static final String RECORD = "record";
  /** Publication date as a range of epoch days ("2022-10" covers the whole month). */
  public static final String PUBLISHED = "published";
  /** Epoch day of the start of the publication date, for sorting by date. */
  public static final String PUBLISHED_ORDER = "published.order";
  /**
   * Epoch day of the end of the publication date (doc values), so a timeline can tell a day or
   * month from a whole year. Indexes written before it was added lack it.
   */
  public static final String PUBLISHED_LAST = "published.last";
  /** {@link ExactDuplicateHash} of the text; indexed and as sorted doc values. */
  public static final String EXACT_HASH = "exact.hash";
  /** The source's key (URL, else path): one value per page. Indexed. */
  public static final String SOURCE_KEY = "source.key";
  /** The file on disk the report was read from (an archive for its members). Indexed. */
  public static final String INPUT_PATH = "input.path";
  /** SHA-256 of that file's bytes when it was indexed; stored. */
  public static final String INPUT_SHA256 = "input.sha256";

  /** Longest facet label kept (longer labels are cut). */
  static final int MAX_FACET_LABEL = 100;

  private static final FieldType TEXT_WITH_OFFSETS_STORED = textType(true);
  private static final FieldType TEXT_WITH_OFFSETS = textType(false);

  private final HanlpAnalyzer wordAnalyzer;
  private final Analyzer bigramAnalyzer;
  private final Analyzer perFieldAnalyzer;
  private final FacetsConfig facetsConfig;
  private final List<FieldContributor> contributors;

  /**
   * Adds a later stage's fields to every document (the dedup stage's fingerprints and cluster
   * fields, for one). Implementations are thread-safe and add only fields whose names they own.
   */
  public interface FieldContributor {
    /** Adds fields for {@code report} to {@code doc}. */
    void addFields(AnalyzedReport report, Document doc);
  }

  /**
   * The schema of reportminer indexes: word fields segmented by the analysis's own segmenter with
   * the shipped lexicon ({@link NormalizingSegmenter#forWords}), so that a report's body reuses the
   * words its analysis found ({@link AnalyzedReport#words}) and titles and queries are segmented
   * the same way.
   */
  public static ReportSchema withHanlp() {
    return new ReportSchema(NormalizingSegmenter.forWords(DomainLexicon.shipped()));
  }

  /** A schema whose word fields are segmented by {@code segmenter} (thread-safe). */
  public ReportSchema(Segmenter segmenter) {
    this.contributors = List.of();
    this.wordAnalyzer = new HanlpAnalyzer(segmenter);
    this.bigramAnalyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    this.perFieldAnalyzer =
        new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(),
            Map.of(
                TITLE, wordAnalyzer,
                BODY, wordAnalyzer,
                TITLE_BIGRAM, bigramAnalyzer,
                BODY_BIGRAM, bigramAnalyzer));
    this.facetsConfig = new FacetsConfig();
    for (Facet f : Facet.values()) {
      facetsConfig.setMultiValued(f.dim(), f != Facet.YEAR);
    }
  }

  private ReportSchema(ReportSchema base, List<FieldContributor> contributors) {
    this.wordAnalyzer = base.wordAnalyzer;
    this.bigramAnalyzer = base.bigramAnalyzer;
    this.perFieldAnalyzer = base.perFieldAnalyzer;
    this.facetsConfig = base.facetsConfig;
    this.contributors = List.copyOf(contributors);
  }

  /** This schema with {@code contributor}'s fields added to every document it builds. */
  public ReportSchema with(FieldContributor contributor) {
    List<FieldContributor> all = new java.util.ArrayList<>(contributors);
    all.add(contributor);
    return new ReportSchema(this, all);
  }

  /** The analyzer for the word fields (HanLP). */
  public Analyzer wordAnalyzer() {
    return wordAnalyzer;
  }

  /** The analyzer for the bigram fields (Lucene's CJKAnalyzer without stop words). */
  public Analyzer bigramAnalyzer() {
    return bigramAnalyzer;
  }

  /** The analyzer the index writer uses: per field, as described in the class comment. */
  public Analyzer indexAnalyzer() {
    return perFieldAnalyzer;
  }

  /** The facet configuration documents are built and counted with. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The word field paired with a bigram field, and the reverse, for highlighting. */
  public static Set<String> maskedFields(String field) {
    return switch (field) {
      case BODY -> Set.of(BODY_BIGRAM);
      case TITLE -> Set.of(TITLE_BIGRAM);
      default -> Set.of();
    };
  }

  /**
   * The Lucene documents of all reports read from the file {@code inputPath} whose bytes hashed
   * to {@code inputSha256}, ready for {@link ReportIndexWriter#replace(InputDocuments)}; no
   * reports give a value that deletes the file's reports. Thread-safe: batches call it on their
   * worker threads.
   */
  public InputDocuments documents(String inputPath, String inputSha256, List<AnalyzedReport> reports)
      throws IOException {
    List<Document> docs = new java.util.ArrayList<>(reports.size());
    List<String> ids = new java.util.ArrayList<>(reports.size());
    for (AnalyzedReport r : reports) {
      docs.add(document(r, inputPath, inputSha256));
      ids.add(r.report().id());
    }
    return new InputDocuments(inputPath, inputSha256, ids, docs);
  }

  /**
   * The Lucene document for {@code report}, read from the file {@code inputPath} whose bytes
   * hashed to {@code inputSha256}.
   */
  public Document document(AnalyzedReport analyzed, String inputPath, String inputSha256)
      throws IOException {
    Report r = analyzed.report();
    Document doc = new Document();
    doc.add(new StringField(ID, r.id(), Field.Store.YES));
    String title = r.title() == null ? "" : r.title();
    doc.add(new Field(TITLE, title, TEXT_WITH_OFFSETS_STORED));
    doc.add(new Field(TITLE_BIGRAM, title, TEXT_WITH_OFFSETS));
    if (analyzed.words() != null) {
      // the analysis's words: the body is not segmented a second time
      doc.add(new StoredField(BODY, r.text()));
      doc.add(new Field(BODY, wordAnalyzer.presegmented(r.text(), analyzed.words()), TEXT_WITH_OFFSETS));
    } else {
      doc.add(new Field(BODY, r.text(), TEXT_WITH_OFFSETS_STORED));
    }
    doc.add(new Field(BODY_BIGRAM, r.text(), TEXT_WITH_OFFSETS));

    ObjectNode record = RecordJson.toNode(analyzed);
    record.remove("text");
    doc.add(new StoredField(RECORD, new BytesRef(RecordJson.line(record))));

    Optional<DayRange> published = DayRange.parse(r.published());
    published.ifPresent(
        d -> {
          doc.add(new LongRange(PUBLISHED, new long[] {d.first()}, new long[] {d.last()}));
          doc.add(new NumericDocValuesField(PUBLISHED_ORDER, d.first()));
          doc.add(new NumericDocValuesField(PUBLISHED_LAST, d.last()));
        });

    String hash = ExactDuplicateHash.of(r.text());
    doc.add(new StringField(EXACT_HASH, hash, Field.Store.NO));
    doc.add(new SortedDocValuesField(EXACT_HASH, new BytesRef(hash)));
    doc.add(new StringField(SOURCE_KEY, r.source().key(), Field.Store.NO));
    doc.add(new StringField(INPUT_PATH, inputPath, Field.Store.YES));
    doc.add(new StringField(INPUT_SHA256, inputSha256, Field.Store.YES));

    addFacet(doc, Facet.ORGANIZATION, analyzed.organizations());
    addFacet(doc, Facet.PLACE, analyzed.places());
    addFacet(doc, Facet.PERSON, analyzed.persons());
    addFacet(doc, Facet.CATEGORY, r.category());
    addFacet(doc, Facet.THEME, analyzed.themes());
    year(analyzed).ifPresent(y -> addFacet(doc, Facet.YEAR, List.of(y)));
    for (FieldContributor c : contributors) {
      c.addFields(analyzed, doc);
    }
    return facetsConfig.build(doc);
  }

  /** The analyzed report stored in a document fetched with all stored fields. */
  public static AnalyzedReport analyzedReport(Document stored) {
    BytesRef json = stored.getBinaryValue(RECORD);
    if (json == null) {
      throw new IllegalArgumentException("document has no stored record: " + stored.get(ID));
    }
    try {
      JsonNode node = RecordJson.mapper().readTree(json.bytes, json.offset, json.length);
      ((ObjectNode) node).put("text", stored.get(BODY));
      return RecordJson.analyzed(node);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt stored record for " + stored.get(ID), e);
    }
  }

  /**
   * The report's year for the year facet: of its publication date, else of the first date in its
   * text with a known year. Placeholder years ("20XX") are not years.
   */
  public static Optional<String> year(AnalyzedReport a) {
    String published = a.report().published();
    if (published != null && published.matches("\\d{4}.*")) {
      return Optional.of(published.substring(0, 4));
    }
    for (DateValue d : a.dates()) {
      if (d.value() != null && d.value().matches("\\d{4}.*")) {
        return Optional.of(d.value().substring(0, 4));
      }
    }
    return Optional.empty();
  }

  private static void addFacet(Document doc, Facet facet, List<String> values) {
    for (String label : facetLabels(values)) {
      doc.add(new SortedSetDocValuesFacetField(facet.dim(), label));
    }
  }

  /** The distinct non-empty facet labels of {@code values} ({@link #facetLabel}), in order. */
  public static Set<String> facetLabels(List<String> values) {
    Set<String> labels = new LinkedHashSet<>();
    for (String v : values) {
      String label = facetLabel(v);
      if (!label.isEmpty()) {
        labels.add(label);
      }
    }
    return labels;
  }

  /** A value as a facet label: trimmed, control characters removed, at most 100 chars. */
  public static String facetLabel(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(value.length());
    value.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(sb::appendCodePoint);
    String s = sb.toString().strip();
    if (s.length() > MAX_FACET_LABEL) {
      int cut = MAX_FACET_LABEL;
      if (Character.isHighSurrogate(s.charAt(cut - 1))) {
        cut--;
      }
      s = s.substring(0, cut);
    }
    return s;
  }

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(stored);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /**
   * An ISO date ("2022-10-05"), month ("2022-10") or year ("2022") as a range of epoch days.
   *
   * @param first epoch day of the first day
   * @param last epoch day of the last day (inclusive)
   */
  public record DayRange(long first, long last) {

    /** The range of an ISO date, month or year; empty for null or anything else. */
    public static Optional<DayRange> parse(String iso) {
      if (iso == null) {
        return Optional.empty();
      }
      try {
        if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
          long day = LocalDate.parse(iso).toEpochDay();
          return Optional.of(new DayRange(day, day));
        }
        if (iso.matches("\\d{4}-\\d{2}")) {
          YearMonth m = YearMonth.parse(iso);
          return Optional.of(
              new DayRange(m.atDay(1).toEpochDay(), m.atEndOfMonth().toEpochDay()));
        }
        if (iso.matches("\\d{4}")) {
          int y = Integer.parseInt(iso);
          return Optional.of(
              new DayRange(
                  LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay()));
        }
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
      return Optional.empty();
    }
  }
}
