package org.reportminer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.search.ReportQueryParser;
import org.reportminer.search.SearchEngine;
import org.reportminer.search.SearchRequest;

/**
 * The index benchmark ({@code reportminer bench index}): indexes the same generated archive
 * ({@link SyntheticReports}) four ways and times queries on each.
 *
 * <ul>
 *   <li>reportminer: the real schema ({@link ReportSchema}): HanLP word fields and CJK bigram
 *       fields with offsets, facets, date ranges, duplicate hash, the stored record; written
 *       through {@link ReportIndexWriter}, one input per report;
 *   <li>baselines: Lucene's StandardAnalyzer, SmartChineseAnalyzer and CJKAnalyzer (bigrams),
 *       each over a title field and a stored body field, written with a plain IndexWriter.
 * </ul>
 *
 * Indexing uses the same number of threads for each index (reports are spread over the threads);
 * the analysis stage is not run (the generator's entity lists are used), so the figures are
 * indexing cost only. Query latency is single-threaded over a fixed query mix: "search" is parse +
 * top-10 search with exact total + loading the 10 stored documents, the same work for all indexes; "full" is our
 * whole {@link SearchEngine#search} (plus exact total, facet counts and two snippets per hit).
 */
public final class IndexBenchmark {

  /**
   * Settings.
   *
   * @param reports reports to generate and index
   * @param queries distinct queries in the mix (each run {@code passes} times after a warm-up)
   * @param passes measured passes over the query mix
   * @param threads indexing threads
   * @param seed generator seed
   * @param workDir where the four indexes are written (deleted afterwards unless {@code keep})
   * @param keep keep the indexes
   */
  public record Config(int reports, int queries, int passes, int threads, long seed, Path workDir,
      boolean keep) {}

  /** One index built. */
  public record IndexRun(String name, int reports, double seconds, long bytes) {
    public double reportsPerSecond() {
      return reports / seconds;
    }
  }

  /** Query latencies on one index, in milliseconds. */
  public record QueryRun(String name, String what, int queries, double p50, double p99, double mean,
      double meanHits) {}

  /** Everything measured in one run. */
  public record Result(Config config, long textChars, List<IndexRun> indexes, List<QueryRun> queries) {}

  private static final String[] BASELINES = {"StandardAnalyzer", "SmartChineseAnalyzer", "CJKAnalyzer (bigrams)"};

  /** Runs the benchmark; {@code progress} gets a line now and then. */
  public Result run(Config config, Consumer<String> progress) throws Exception {
    SyntheticReports archive = new SyntheticReports(config.seed());
    ReportSchema schema = ReportSchema.withHanlp();
    warmUp(schema, archive);
    long chars = 0;
    for (int i = 0; i < config.reports(); i++) {
      AnalyzedReport a = archive.report(i);
      chars += a.report().text().length() + a.report().title().length();
    }
    List<IndexRun> indexes = new ArrayList<>();
    List<QueryRun> queries = new ArrayList<>();
    Files.createDirectories(config.workDir());
    try {
      IndexLayout ours = new IndexLayout(config.workDir().resolve("reportminer"));
      indexes.add(indexOurs(config, archive, schema, ours, progress));
      for (String name : BASELINES) {
        indexes.add(indexBaseline(config, archive, name, progress));
      }
      List<String> mix = queryMix(config.queries(), config.seed());
      progress.accept("queries: " + mix.size() + " × " + config.passes() + " passes per index");
      queries.add(timeOurSearch(config, ours, schema, mix));
      queries.add(timeOurFull(config, ours, schema, mix));
      for (String name : BASELINES) {
        queries.add(timeBaseline(config, name, mix));
      }
    } finally {
      if (!config.keep()) {
        deleteTree(config.workDir());
      }
    }
    return new Result(config, chars, indexes, queries);
  }

  private static void warmUp(ReportSchema schema, SyntheticReports archive) throws IOException {
    // loads HanLP's and SmartCN's dictionaries before anything is timed
    String text = archive.report(-1).report().text();
    for (Analyzer a : List.of(schema.wordAnalyzer(), new SmartChineseAnalyzer())) {
      try (var ts = a.tokenStream("body", text)) {
        ts.reset();
        while (ts.incrementToken()) {
          // consume
        }
        ts.end();
      }
    }
  }

  private IndexRun indexOurs(Config c, SyntheticReports archive, ReportSchema schema,
      IndexLayout layout, Consumer<String> progress) throws Exception {
    long t0 = System.nanoTime();
    try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), schema)) {
      parallel(c, progress, "reportminer", i -> {
        AnalyzedReport a = archive.report(i);
        w.replace(a.report().source().path(), a.report().source().sha256(), List.of(a));
      });
    }
    double s = (System.nanoTime() - t0) / 1e9;
    return new IndexRun("reportminer", c.reports(), s, size(layout.lucene()));
  }

  private IndexRun indexBaseline(Config c, SyntheticReports archive, String name,
      Consumer<String> progress) throws Exception {
    Path dir = c.workDir().resolve(dirName(name));
    long t0 = System.nanoTime();
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer(name)).setRAMBufferSizeMB(64))) {
      parallel(c, progress, name, i -> {
        AnalyzedReport a = archive.report(i);
        Document doc = new Document();
        doc.add(new StringField("id", a.report().id(), Field.Store.YES));
        doc.add(new TextField("title", a.report().title(), Field.Store.YES));
        doc.add(new TextField("body", a.report().text(), Field.Store.YES));
        w.addDocument(doc);
      });
      w.commit();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    return new IndexRun(name, c.reports(), s, size(dir));
  }

  private interface IndexTask {
    void index(int i) throws Exception;
  }

  /** Runs {@code task} for every report over the configured threads. */
  private static void parallel(Config c, Consumer<String> progress, String name, IndexTask task)
      throws Exception {
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, c.reports() / 5);
    ExecutorService pool = Executors.newFixedThreadPool(c.threads());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < c.threads(); t++) {
        int first = t;
        futures.add(pool.submit(() -> {
          for (int i = first; i < c.reports(); i += c.threads()) {
            task.index(i);
            int n = done.incrementAndGet();
            if (n % step == 0) {
              progress.accept(name + ": " + n + " / " + c.reports() + " reports indexed");
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A query mix over the generator's vocabulary: words, phrases, AND, OR, NOT. */
  static List<String> queryMix(int n, long seed) {
    Random r = new Random(seed + 17);
    List<String> out = new ArrayList<>();
    String[] phrases = {"宣传资料", "知识竞赛", "领导小组", "长效机制", "社会效果", "专题培训", "隐患排查", "先进单位"};
    while (out.size() < n) {
      String theme = SyntheticReports.pick(r, SyntheticReports.THEMES);
      String place = SyntheticReports.pick(r, SyntheticReports.PLACE_STEMS)
          + SyntheticReports.pick(r, SyntheticReports.PLACE_KINDS);
      String dept = SyntheticReports.pick(r, SyntheticReports.DEPARTMENTS);
      switch (out.size() % 6) {
        case 0 -> out.add(theme);
        case 1 -> out.add(place + " " + theme);
        case 2 -> out.add("\"" + SyntheticReports.pick(r, phrases) + "\"");
        case 3 -> out.add(place + dept);
        case 4 -> out.add(theme + " OR " + SyntheticReports.pick(r, SyntheticReports.THEMES));
        default -> out.add(theme + " NOT " + place);
      }
    }
    return out;
  }

  private QueryRun timeOurSearch(Config c, IndexLayout layout, ReportSchema schema, List<String> mix)
      throws Exception {
    ReportQueryParser parser = new ReportQueryParser(schema);
    try (Directory d = FSDirectory.open(layout.lucene()); DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      return time(c, "reportminer", "search", mix, q -> top10(searcher, parser.parse(q)));
    }
  }

  private QueryRun timeOurFull(Config c, IndexLayout layout, ReportSchema schema, List<String> mix)
      throws Exception {
    try (SearchEngine engine = SearchEngine.open(layout, schema)) {
      return time(c, "reportminer", "full: facets + snippets", mix,
          q -> engine.search(SearchRequest.of(q)).totalHits());
    }
  }

  private QueryRun timeBaseline(Config c, String name, List<String> mix) throws Exception {
    Analyzer analyzer = analyzer(name);
    try (Directory d = FSDirectory.open(c.workDir().resolve(dirName(name)));
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      return time(c, name, "search", mix, q -> {
        QueryParser p = new QueryParser("body", analyzer);
        p.setDefaultOperator(QueryParser.AND_OPERATOR);
        // a Chinese word becomes a phrase of its tokens, not a bag of characters
        p.setSplitOnWhitespace(true);
        p.setAutoGeneratePhraseQueries(true);
        return top10(searcher, p.parse(q));
      });
    }
  }

  private interface Search {
    long run(String query) throws Exception;
  }

  private static long top10(IndexSearcher searcher, Query q) throws IOException {
    // exact totals, like our full search, so the hit counts compare
    TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
    for (ScoreDoc sd : top.scoreDocs) {
      searcher.storedFields().document(sd.doc);
    }
    return top.totalHits.value;
  }

  private static QueryRun time(Config c, String name, String what, List<String> mix, Search search)
      throws Exception {
    for (String q : mix) {
      search.run(q); // warm-up pass
    }
    double[] ms = new double[mix.size() * c.passes()];
    long hits = 0;
    int k = 0;
    for (int pass = 0; pass < c.passes(); pass++) {
      for (String q : mix) {
        long t0 = System.nanoTime();
        hits += search.run(q);
        ms[k++] = (System.nanoTime() - t0) / 1e6;
      }
    }
    Arrays.sort(ms);
    double mean = Arrays.stream(ms).average().orElse(0);
    return new QueryRun(name, what, mix.size(), percentile(ms, 50), percentile(ms, 99), mean,
        (double) hits / ms.length);
  }

  static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static Analyzer analyzer(String name) {
    return switch (name) {
      case "StandardAnalyzer" -> new StandardAnalyzer();
      case "SmartChineseAnalyzer" -> new SmartChineseAnalyzer();
      case "CJKAnalyzer (bigrams)" -> new CJKAnalyzer(CharArraySet.EMPTY_SET);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static String dirName(String name) {
    return name.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The result as the Markdown section of docs/BENCHMARKS.md. */
  public static String markdown(Result r, String command, String machine, String date) {
    StringBuilder sb = new StringBuilder();
    Config c = r.config();
    sb.append("## Index and search\n\n");
    sb.append("Measured with `").append(command).append("` on ").append(date).append(", ")
        .append(machine).append(".\n\n");
    sb.append(String.format(Locale.ROOT,
        "%,d generated reports (%,d characters of title and text, %d indexing threads; "
            + "analysis precomputed by the generator, so this is indexing cost only).%n%n",
        c.reports(), r.textChars(), c.threads()));
    IndexRun base = r.indexes().stream().filter(x -> x.name().equals("StandardAnalyzer")).findFirst()
        .orElseThrow();
    sb.append("| index | reports/s | × StandardAnalyzer | seconds | size on disk | × StandardAnalyzer |\n");
    sb.append("|---|---:|---:|---:|---:|---:|\n");
    for (IndexRun x : r.indexes()) {
      sb.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.1f | %.1f MB | %.2f |%n",
          x.name(), x.reportsPerSecond(), x.reportsPerSecond() / base.reportsPerSecond(),
          x.seconds(), x.bytes() / 1e6, (double) x.bytes() / base.bytes()));
    }
    QueryRun qbase = r.queries().stream().filter(x -> x.name().equals("StandardAnalyzer")).findFirst()
        .orElseThrow();
    sb.append(String.format(Locale.ROOT,
        "%nQuery latency, one thread, %d queries (words, place + theme, quoted phrases, "
            + "organization names, OR, NOT) × %d passes after a warm-up pass:%n%n",
        r.queries().get(0).queries(), c.passes()));
    sb.append("| index | work | p50 ms | p99 ms | mean ms | p50 × StandardAnalyzer | mean hits |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (QueryRun q : r.queries()) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %,.0f |%n",
          q.name(), q.what(), q.p50(), q.p99(), q.mean(), q.p50() / qbase.p50(), q.meanHits()));
    }
    sb.append("\n\"search\" = parse + top 10 + load the 10 stored documents, for every index; our "
        + "queries search title and text as HanLP words and as bigrams, the baselines parse with "
        + "Lucene's classic parser (AND, Chinese runs as phrases) over the text field. "
        + "\"full\" = our engine as the CLI and server call it: exact total, facet counts over all "
        + "hits, two highlighted snippets and the title hits per hit. Mean hits differ because "
        + "the analyzers match differently (StandardAnalyzer: phrases of single characters).\n");
    return sb.toString();
  }

  /** A one-line description of this machine. */
  public static String machine() {
    String cpu = "";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).strip() + ", ";
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      cpu = "";
    }
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%s%d cores, Java %s, max heap %d MB, %s %s", cpu,
        rt.availableProcessors(), System.getProperty("java.version"), rt.maxMemory() >> 20,
        System.getProperty("os.name"), System.getProperty("os.arch"));
  }

}
