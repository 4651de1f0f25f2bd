package org.reportminer.bench;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
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
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reportminer.index.IndexFiles;
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
 * The machine is shared and noisy, so nothing is timed alone: the four indexes are built
 * interleaved (every chunk of reports goes into each index in turn, in rotating order, with merges
 * in the indexing threads so each index pays for its own), and the queries run interleaved over
 * all systems in the same way. The analysis stage is not run (the generator's entity lists are
 * used), so the figures are indexing cost only. Query latency is single-threaded: "search" is
 * parse + top-10 search with exact total + loading the 10 stored documents, the same work for all
 * indexes; "full" is our whole {@link SearchEngine#search} (plus facet counts over all hits and
 * two snippets per hit).
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

  /**
   * One index built.
   *
   * @param seconds wall time charged to it (its writer calls over the threads, plus its commit)
   * @param cpuSeconds CPU time of its writer calls and commit, merges included (they run in the
   *     indexing threads); unlike wall time, not inflated by other processes on the machine
   */
  public record IndexRun(String name, int reports, double seconds, double cpuSeconds, long bytes) {
    /** Reports per wall-clock second. */
    public double reportsPerSecond() {
      return reports / seconds;
    }

    /** Reports per CPU second (one core's throughput). */
    public double reportsPerCpuSecond() {
      return reports / cpuSeconds;
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
    Files.createDirectories(config.workDir());
    IndexLayout ours = new IndexLayout(config.workDir().resolve("reportminer"));
    List<Sink> sinks = new ArrayList<>();
    try {
      sinks.add(new OurSink(ReportIndexWriter.open(ours.lucene(), schema,
          new ReportIndexWriter.Settings(64, true)), ours.lucene()));
      for (String name : BASELINES) {
        sinks.add(new BaselineSink(name, config.workDir().resolve(dirName(name))));
      }
      IndexTimes times = index(config, archive, sinks, progress);
      List<IndexRun> indexes = new ArrayList<>();
      for (int v = 0; v < sinks.size(); v++) {
        indexes.add(new IndexRun(sinks.get(v).name(), config.reports(), times.seconds()[v],
            times.cpuSeconds()[v], IndexFiles.sizeOf(sinks.get(v).dir())));
      }
      List<String> mix = queryMix(config.queries(), config.seed());
      progress.accept("queries: " + mix.size() + " × " + config.passes() + " passes, interleaved");
      return new Result(config, times.chars(), indexes, timeQueries(config, ours, schema, mix));
    } finally {
      for (Sink sink : sinks) {
        sink.closeQuietly();
      }
      if (!config.keep()) {
        IndexFiles.deleteTree(config.workDir());
      }
    }
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

  /** One index being built. */
  private interface Sink {
    String name();

    Path dir();

    void add(AnalyzedReport r) throws IOException;

    /** Commits and closes. */
    void finish() throws IOException;

    /** Closes if {@link #finish} was not reached (the run failed). */
    default void closeQuietly() {
      try {
        finish();
      } catch (IOException | RuntimeException e) {
        // the run failed already or the sink is closed; nothing more to report
      }
    }
  }

  private static final class OurSink implements Sink {
    private final ReportIndexWriter writer;
    private final Path dir;
    private boolean open = true;

    OurSink(ReportIndexWriter writer, Path dir) {
      this.writer = writer;
      this.dir = dir;
    }

    @Override
    public String name() {
      return "reportminer";
    }

    @Override
    public Path dir() {
      return dir;
    }

    @Override
    public void add(AnalyzedReport a) throws IOException {
      writer.replace(a.report().source().path(), a.report().source().sha256(), List.of(a));
    }

    @Override
    public void finish() throws IOException {
      if (open) {
        open = false;
        writer.close();
      }
    }
  }

  private static final class BaselineSink implements Sink {
    private final String name;
    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private boolean open = true;

    BaselineSink(String name, Path dir) throws IOException {
      this.name = name;
      this.dir = dir;
      this.directory = FSDirectory.open(dir);
      this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer(name))
          .setRAMBufferSizeMB(64).setMergeScheduler(new SerialMergeScheduler()));
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Path dir() {
      return dir;
    }

    @Override
    public void add(AnalyzedReport a) throws IOException {
      Document doc = new Document();
      doc.add(new StringField("id", a.report().id(), Field.Store.YES));
      doc.add(new TextField("title", a.report().title(), Field.Store.YES));
      doc.add(new TextField("body", a.report().text(), Field.Store.YES));
      writer.addDocument(doc);
    }

    @Override
    public void finish() throws IOException {
      if (open) {
        open = false;
        try (directory; writer) {
          writer.commit();
        }
      }
    }
  }

  /** Wall and CPU seconds charged to each index, and the characters indexed. */
  private record IndexTimes(double[] seconds, double[] cpuSeconds, long chars) {}

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /**
   * Builds all indexes interleaved: each thread takes a chunk of reports, generates it once and
   * adds it to every index in turn (the order rotating from chunk to chunk), timing each writer's
   * calls. An index's time is its calls' time summed over the threads and divided by their
   * number, plus its final commit; load from other processes thus falls on every index alike.
   */
  private static IndexTimes index(Config c, SyntheticReports archive, List<Sink> sinks,
      Consumer<String> progress) throws Exception {
    int chunk = 250;
    int chunks = (c.reports() + chunk - 1) / chunk;
    AtomicLongArray nanos = new AtomicLongArray(sinks.size());
    AtomicLongArray cpuNanos = new AtomicLongArray(sinks.size());
    AtomicLong chars = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, chunks / 5);
    ExecutorService pool = Executors.newFixedThreadPool(c.threads());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < c.threads(); t++) {
        futures.add(pool.submit(() -> {
          for (int k = next.getAndIncrement(); k < chunks; k = next.getAndIncrement()) {
            List<AnalyzedReport> reports = new ArrayList<>(chunk);
            for (int i = k * chunk; i < Math.min(c.reports(), (k + 1) * chunk); i++) {
              AnalyzedReport a = archive.report(i);
              chars.addAndGet(a.report().text().length() + a.report().title().length());
              reports.add(a);
            }
            for (int j = 0; j < sinks.size(); j++) {
              int v = (k + j) % sinks.size();
              long t0 = System.nanoTime();
              long c0 = CPU.getCurrentThreadCpuTime();
              for (AnalyzedReport a : reports) {
                sinks.get(v).add(a);
              }
              cpuNanos.addAndGet(v, CPU.getCurrentThreadCpuTime() - c0);
              nanos.addAndGet(v, System.nanoTime() - t0);
            }
            int n = done.incrementAndGet();
            if (n % step == 0) {
              progress.accept(Math.min(c.reports(), n * chunk) + " / " + c.reports()
                  + " reports in every index");
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
    double[] seconds = new double[sinks.size()];
    double[] cpuSeconds = new double[sinks.size()];
    for (int v = 0; v < sinks.size(); v++) {
      long t0 = System.nanoTime();
      long c0 = CPU.getCurrentThreadCpuTime();
      sinks.get(v).finish();
      cpuSeconds[v] = (cpuNanos.get(v) + CPU.getCurrentThreadCpuTime() - c0) / 1e9;
      seconds[v] = nanos.get(v) / 1e9 / c.threads() + (System.nanoTime() - t0) / 1e9;
    }
    return new IndexTimes(seconds, cpuSeconds, chars.get());
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

  /** A way of answering a query, timed by {@link #timeQueries}; returns the total hits. */
  private interface Search {
    long run(String query) throws Exception;
  }

  /** A timed system: its label and how it searches. */
  private record System_(String name, String what, Search search) {}

  /**
   * Times every system on the query mix, interleaved: for each query the systems run one after
   * the other, the order rotating from query to query, after one warm-up pass.
   */
  private List<QueryRun> timeQueries(Config c, IndexLayout ours, ReportSchema schema,
      List<String> mix) throws Exception {
    List<Closeable> open = new ArrayList<>();
    try {
      List<System_> systems = new ArrayList<>();
      ReportQueryParser parser = new ReportQueryParser(schema);
      IndexSearcher oursSearcher = searcher(ours.lucene(), open);
      systems.add(new System_("reportminer", "search", q -> top10(oursSearcher, parser.parse(q))));
      SearchEngine engine = SearchEngine.open(ours, schema);
      open.add(engine);
      systems.add(new System_("reportminer", "full: facets + snippets",
          q -> engine.search(SearchRequest.of(q)).totalHits()));
      for (String name : BASELINES) {
        IndexSearcher s = searcher(c.workDir().resolve(dirName(name)), open);
        Analyzer analyzer = analyzer(name);
        systems.add(new System_(name, "search", q -> {
          QueryParser p = new QueryParser("body", analyzer);
          p.setDefaultOperator(QueryParser.AND_OPERATOR);
          // a Chinese word becomes a phrase of its tokens, not a bag of characters
          p.setSplitOnWhitespace(true);
          p.setAutoGeneratePhraseQueries(true);
          return top10(s, p.parse(q));
        }));
      }
      int n = systems.size();
      for (String q : mix) {
        for (System_ sys : systems) {
          sys.search().run(q); // warm-up pass
        }
      }
      double[][] ms = new double[n][mix.size() * c.passes()];
      long[] hits = new long[n];
      int k = 0;
      for (int pass = 0; pass < c.passes(); pass++) {
        for (String q : mix) {
          for (int j = 0; j < n; j++) {
            int v = (k + j) % n;
            long t0 = System.nanoTime();
            hits[v] += systems.get(v).search().run(q);
            ms[v][k] = (System.nanoTime() - t0) / 1e6;
          }
          k++;
        }
      }
      List<QueryRun> out = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        double[] sorted = ms[v].clone();
        Arrays.sort(sorted);
        out.add(new QueryRun(systems.get(v).name(), systems.get(v).what(), mix.size(),
            percentile(sorted, 50), percentile(sorted, 99),
            Arrays.stream(sorted).average().orElse(0), (double) hits[v] / sorted.length));
      }
      return out;
    } finally {
      for (Closeable c2 : open) {
        c2.close();
      }
    }
  }

  private static IndexSearcher searcher(Path dir, List<Closeable> open) throws IOException {
    Directory d = FSDirectory.open(dir);
    open.add(d);
    DirectoryReader reader = DirectoryReader.open(d);
    open.add(0, reader);
    return new IndexSearcher(reader);
  }

  private static long top10(IndexSearcher searcher, Query q) throws IOException {
    // exact totals, like our full search, so the hit counts compare
    TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
    for (ScoreDoc sd : top.scoreDocs) {
      searcher.storedFields().document(sd.doc);
    }
    return top.totalHits.value;
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





  /** The result as the Markdown section of docs/BENCHMARKS.md. */
  public static String markdown(Result r, String command, String machine, String date) {
    StringBuilder sb = new StringBuilder();
    Config c = r.config();
    sb.append("## Index and search\n\n");
    sb.append("Command: `").append(command).append("`  \n");
    sb.append("Date: ").append(date).append("  \n");
    sb.append("Machine: ").append(machine).append("\n\n");
    sb.append(String.format(Locale.ROOT,
        "%,d generated reports (%,d characters of title and text, %d indexing threads; "
            + "analysis precomputed by the generator, so this is indexing cost only). The four "
            + "indexes are built interleaved, chunk by chunk in rotating order, merges in the "
            + "indexing threads; an index's seconds are its writer calls' time over the threads "
            + "plus its final commit.%n%n",
        c.reports(), r.textChars(), c.threads()));
    IndexRun base = r.indexes().stream().filter(x -> x.name().equals("StandardAnalyzer")).findFirst()
        .orElseThrow();
    sb.append("| index | reports per CPU-second | × StandardAnalyzer | reports/s (wall) | "
        + "× StandardAnalyzer | size on disk | × StandardAnalyzer |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (IndexRun x : r.indexes()) {
      sb.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %,.0f | %.2f | %.1f MB | %.2f |%n",
          x.name(), x.reportsPerCpuSecond(), x.reportsPerCpuSecond() / base.reportsPerCpuSecond(),
          x.reportsPerSecond(), x.reportsPerSecond() / base.reportsPerSecond(),
          x.bytes() / 1e6, (double) x.bytes() / base.bytes()));
    }
    sb.append("\nCPU-seconds count only the threads' own work (merges included), so they are not "
        + "inflated by other processes on a shared machine; wall seconds are the interleaved "
        + "share described above and include waiting (for a core, or for the other thread's "
        + "merge).\n");
    QueryRun qbase = r.queries().stream().filter(x -> x.name().equals("StandardAnalyzer")).findFirst()
        .orElseThrow();
    sb.append(String.format(Locale.ROOT,
        "%nQuery latency, one thread, %d queries (words, place + theme, quoted phrases, "
            + "organization names, OR, NOT) × %d passes after a warm-up pass, every query run on "
            + "every system in turn:%n%n",
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
}
