package org.reportminer.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.reportminer.index.IndexFiles;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.RecordJson;

/**
 * Search quality against hand-judged queries (reportminer-eval/src/test/resources/relevance/queries.json): our
 * index and engine against two raw-library baselines over the same reports, Lucene's CJKAnalyzer
 * (bigrams only) and SmartChineseAnalyzer, each searched the way Lucene does by default (classic
 * query parser over title and text, terms OR-ed). Per system: mean precision@10, R-precision,
 * recall@10, reciprocal rank and nDCG@10 (binary relevance). Not thread-safe.
 */
public final class SearchEvaluation {
  /** Cut-off of the ranked lists. */
  public static final int K = 10;

  /**
   * One judged query.
   *
   * @param id "q01"
   * @param query what is typed
   * @param need the information need the judgments answer
   * @param relevant keys of the relevant reports
   */
  public record Judged(String id, String query, String need, Set<String> relevant) {}

  /** A report to index with the key the judgments use for it. */
  public record Doc(String key, AnalyzedReport report) {}

  /** Metrics of one system on one query. */
  public record Score(double precision, double rPrecision, double recall, double reciprocalRank,
      double ndcg, List<String> top) {}

  /** One system's scores, per query in judgment order, and their means. */
  public record SystemResult(String system, List<Score> perQuery) {
    public double mean(java.util.function.ToDoubleFunction<Score> metric) {
      return perQuery.stream().mapToDouble(metric).average().orElse(0);
    }
  }

  /** Everything measured. */
  public record Result(List<Judged> queries, int reports, int judgedFound, List<SystemResult> systems) {}

  /**
   * The judgment key of report {@code r} extracted from corpus file {@code file} (relative to
   * the corpus): the file, with the member for zip archives, the page URL for WARC records, and
   * "#part" when the page was split into several reports.
   */
  public static String key(String file, org.reportminer.model.Report r) {
    String path = r.source().path() == null ? "" : r.source().path().replace('\\', '/');
    String key;
    if (path.matches(".*\\.warc(\\.gz)?#\\d+") && r.source().url() != null) {
      key = "warc:" + r.source().url();
    } else {
      int member = path.indexOf("!/");
      key = member >= 0 ? file + path.substring(member) : file;
    }
    return r.source().parts() > 1 ? key + "#" + r.source().part() : key;
  }

  /** Reads the judgments file. */
  public static List<Judged> load(Path file) throws IOException {
    JsonNode root = RecordJson.mapper().readTree(file.toFile());
    List<Judged> out = new ArrayList<>();
    for (JsonNode q : root.path("queries")) {
      Set<String> rel = new LinkedHashSet<>();
      q.path("relevant").forEach(n -> rel.add(n.asText()));
      out.add(new Judged(q.path("id").asText(), q.path("query").asText(), q.path("need").asText(), rel));
    }
    return out;
  }

  /** Runs every judged query on the three systems built from {@code docs}. */
  public Result evaluate(List<Judged> queries, List<Doc> docs, ReportSchema schema) throws IOException {
    Map<String, String> keyById = new HashMap<>();
    docs.forEach(d -> keyById.put(d.report().report().id(), d.key()));
    Set<String> keys = new java.util.HashSet<>(keyById.values());
    int found = 0;
    for (Judged q : queries) {
      for (String k : q.relevant()) {
        found += keys.contains(k) ? 1 : 0;
      }
    }
    List<SystemResult> systems = new ArrayList<>();
    Path tmp = Files.createTempDirectory("reportminer-eval");
    try {
      IndexLayout layout = new IndexLayout(tmp);
      try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), schema)) {
        for (Doc d : docs) {
          w.replace(d.key(), d.key(), List.of(d.report()));
        }
      }
      List<Score> ours = new ArrayList<>();
      try (SearchEngine engine = SearchEngine.open(layout, schema)) {
        for (Judged q : queries) {
          List<String> top = new ArrayList<>();
          try {
            for (Hit h : engine.search(SearchRequest.of(q.query()).withPage(1, K).withSnippets(0)).hits()) {
              top.add(keyById.get(h.id()));
            }
          } catch (QueryException e) {
            throw new IllegalStateException("judged query rejected: " + q.query() + ": " + e.getMessage(), e);
          }
          ours.add(score(top, q.relevant()));
        }
      }
      systems.add(new SystemResult("reportminer (HanLP words + bigrams)", ours));
    } finally {
      IndexFiles.deleteTree(tmp);
    }
    systems.add(baseline("CJKAnalyzer (bigrams only)", new CJKAnalyzer(CharArraySet.EMPTY_SET), queries, docs));
    systems.add(baseline("SmartChineseAnalyzer", new SmartChineseAnalyzer(), queries, docs));
    return new Result(queries, docs.size(), found, systems);
  }

  private static SystemResult baseline(String name, Analyzer analyzer, List<Judged> queries,
      List<Doc> docs) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (Doc d : docs) {
          Document doc = new Document();
          doc.add(new StringField("key", d.key(), Field.Store.YES));
          String title = d.report().report().title();
          doc.add(new TextField("title", title == null ? "" : title, Field.Store.NO));
          doc.add(new TextField("body", d.report().report().text(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      List<Score> scores = new ArrayList<>();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (Judged q : queries) {
          MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer);
          List<String> top = new ArrayList<>();
          try {
            for (ScoreDoc sd : searcher.search(parser.parse(q.query()), K).scoreDocs) {
              top.add(searcher.storedFields().document(sd.doc).get("key"));
            }
          } catch (ParseException e) {
            throw new IllegalStateException("baseline cannot parse " + q.query(), e);
          }
          scores.add(score(top, q.relevant()));
        }
      }
      return new SystemResult(name, scores);
    }
  }

  /** The metrics of a ranked list against the relevant set (binary relevance). */
  static Score score(List<String> top, Set<String> relevant) {
    int r = relevant.size();
    int hitsAtK = 0;
    int hitsAtR = 0;
    double rr = 0;
    double dcg = 0;
    for (int i = 0; i < top.size() && i < K; i++) {
      if (relevant.contains(top.get(i))) {
        hitsAtK++;
        if (i < r) {
          hitsAtR++;
        }
        if (rr == 0) {
          rr = 1.0 / (i + 1);
        }
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(r, K); i++) {
      ideal += 1 / log2(i + 2);
    }
    return new Score((double) hitsAtK / K, r == 0 ? 0 : (double) hitsAtR / Math.min(r, K),
        r == 0 ? 0 : (double) hitsAtK / r, rr, ideal == 0 ? 0 : dcg / ideal, List.copyOf(top));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** The summary and per-query tables in Markdown. */
  public static String markdown(Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "%d hand-judged queries over %d extracted reports (%d judgments, %d of them matched by an "
            + "extracted report).%n%n",
        r.queries().size(), r.reports(), r.queries().stream().mapToInt(q -> q.relevant().size()).sum(),
        r.judgedFound()));
    sb.append("| system | P@10 | R-precision | recall@10 | MRR | nDCG@10 |\n");
    sb.append("|---|---:|---:|---:|---:|---:|\n");
    for (SystemResult s : r.systems()) {
      sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
          s.system(), s.mean(Score::precision), s.mean(Score::rPrecision), s.mean(Score::recall),
          s.mean(Score::reciprocalRank), s.mean(Score::ndcg)));
    }
    sb.append("\nP@10 is bounded by the number of relevant reports (1 to 4 per query here; the "
        + "best possible mean P@10 is ")
        .append(String.format(Locale.ROOT, "%.3f", r.queries().stream()
            .mapToDouble(q -> Math.min(q.relevant().size(), K) / (double) K).average().orElse(0)))
        .append("), so R-precision and nDCG@10 say more on a corpus this small.\n\n");
    sb.append("Per query, R-precision (");
    sb.append(String.join(" / ", r.systems().stream().map(s -> s.system().split(" ")[0]).toList()));
    sb.append("):\n\n| id | query | relevant |");
    r.systems().forEach(s -> sb.append(' ').append(s.system().split(" ")[0]).append(" |"));
    sb.append("\n|---|---|---:|");
    r.systems().forEach(s -> sb.append("---:|"));
    sb.append('\n');
    for (int i = 0; i < r.queries().size(); i++) {
      Judged q = r.queries().get(i);
      sb.append("| ").append(q.id()).append(" | ").append(q.query()).append(" | ")
          .append(q.relevant().size()).append(" |");
      for (SystemResult s : r.systems()) {
        sb.append(String.format(Locale.ROOT, " %.2f |", s.perQuery().get(i).rPrecision()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
