package org.reportminer.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.jsoup.Jsoup;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.dedup.DedupFields;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.index.IndexFiles;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.pipeline.AfterIngest;
import org.reportminer.pipeline.InputSources;
import org.reportminer.pipeline.ParallelIngest;
import org.reportminer.pipeline.ProgressDisplay;
import org.reportminer.pipeline.TemplateSample;

/**
 * The batch ingest benchmark ({@code reportminer bench ingest}): end-to-end throughput of {@link
 * ParallelIngest} on a generated archive ({@link SyntheticArchive}) with 1 and 2 threads, next to
 * the standalone costs of its stages measured in the same run, one thread each, on a sample of
 * the same documents:
 *
 * <ul>
 *   <li>raw libraries: Tika's {@code AutoDetectParser} (DOCX, PDF, text) or jsoup (HTML) parsing
 *       the bytes to text, HanLP segmentation with its recognizers on the extracted report texts
 *       (paragraph by paragraph), and a plain Lucene {@code IndexWriter} with the CJK bigram
 *       analyzer indexing id, title and body;
 *   <li>our stages alone: reading and hashing, the site-template pre-pass (on the sampled
 *       documents it would read in the ingest, {@link TemplateSample}), extraction, analysis,
 *       indexing with the real schema (dedup fields included) and the near-duplicate update.
 * </ul>
 *
 * The stage-bound limit with N threads is N cores kept busy with nothing but the stages' work:
 * {@code N / (sum of the per-document stage costs)}; the end-to-end rate is given as a share of
 * it. Not thread-safe; one run at a time.
 */
public final class IngestBenchmark {

  /**
   * Settings.
   *
   * @param docs documents in the generated archive
   * @param seed generator seed
   * @param sample documents (spread evenly over the archive) on which the stages are timed alone
   * @param threads thread counts of the end-to-end runs, in order
   * @param workDir where the archive and the indexes go (the archive is kept and reused when it
   *     was generated with the same size and seed)
   * @param corpus the corpus whose site pages the generator uses
   */
  public record Config(int docs, long seed, int sample, List<Integer> threads, Path workDir, Path corpus) {}

  /**
   * One stage timed alone over the sample.
   *
   * @param name stage name
   * @param items documents (or reports, for the analysis stages) processed
   * @param seconds wall time
   * @param cpuSeconds CPU time of the measuring thread (Lucene's merges in their own threads not
   *     included)
   */
  public record StageCost(String name, int items, double seconds, double cpuSeconds) {}

  /**
   * One end-to-end run over the whole archive.
   *
   * @param seconds wall time of the run (pre-pass, ingest, near-duplicate update)
   * @param cpuSeconds CPU time of the whole process during the run (all threads, GC included)
   * @param dedupSeconds of the wall time, the near-duplicate update at the end (one thread)
   * @param loadBefore system load average (1 min) when the run started
   * @param loadAfter system load average (1 min) when it ended
   */
  public record EndToEnd(int threads, long docs, long reports, long failed, double seconds, double cpuSeconds,
      double dedupSeconds, double loadBefore, double loadAfter) {
    /** Documents per second. */
    public double docsPerSecond() {
      return docs / seconds;
    }

    /** Reports per second. */
    public double reportsPerSecond() {
      return reports / seconds;
    }

    /** Documents per second up to the near-duplicate update (the parallel part of the run). */
    public double docsPerSecondBeforeDedup() {
      return docs / (seconds - dedupSeconds);
    }

    /** Average cores busy. */
    public double cpuUse() {
      return cpuSeconds / seconds;
    }
  }

  /**
   * Everything measured.
   *
   * @param archive the generated archive
   * @param sampleDocs documents in the stage sample
   * @param sampleReports reports extracted from them
   * @param raw the raw-library stages
   * @param ours our stages alone
   * @param runs the end-to-end runs
   */
  public record Result(Config config, SyntheticArchive.Summary archive, int sampleDocs, int sampleReports,
      List<StageCost> raw, List<StageCost> ours, List<EndToEnd> runs) {

    /** Sum of a list of stage costs per sample document, in seconds. */
    public double perDoc(List<StageCost> stages) {
      return stages.stream().mapToDouble(StageCost::seconds).sum() / sampleDocs;
    }

    /** The stage-bound limit in documents per second with {@code threads} threads. */
    public double limit(List<StageCost> stages, int threads) {
      int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
      return cores / perDoc(stages);
    }

    /**
     * The same limit from the stages' CPU times: on a shared machine, wall times measured at
     * different moments are inflated by different loads; CPU times much less.
     */
    public double cpuLimit(List<StageCost> stages, int threads) {
      int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
      return cores * sampleDocs / stages.stream().mapToDouble(StageCost::cpuSeconds).sum();
    }
  }

  private static final long MAX_BYTES = 64L << 20;

  private final ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();

  /** Runs the benchmark; {@code progress} gets a line now and then. */
  public Result run(Config config, Consumer<String> progress) throws Exception {
    Path archiveDir = config.workDir().resolve("archive-" + config.docs() + "-" + config.seed());
    SyntheticArchive.Summary archive = archive(config, archiveDir, progress);

    List<RawDocument> all = new InputSources(MAX_BYTES).expand(List.of(archiveDir.toString()), null).documents();
    int step = Math.max(1, all.size() / Math.max(1, config.sample()));
    List<RawDocument> sample = new ArrayList<>();
    // which of the sample the ingest's pre-pass reads (it samples large sites in input order)
    TemplateSample prePass = new TemplateSample();
    List<Boolean> prePassReads = new ArrayList<>();
    for (int i = 0; i < all.size() && sample.size() < config.sample(); i++) {
      boolean read = prePass.take(all.get(i));
      if (i % step == 0) {
        sample.add(all.get(i));
        prePassReads.add(read);
      }
    }
    all = null;
    progress.accept("stages alone on " + sample.size() + " documents (every " + step + "th)");
    Stages stages = new Stages(sample, prePassReads, config.workDir(), progress);
    stages.warmUp();
    stages.measure();

    List<EndToEnd> runs = new ArrayList<>();
    for (int t : config.threads()) {
      runs.add(endToEnd(t, archiveDir, config.workDir().resolve("index-" + t + "-threads"), progress));
    }
    return new Result(config, archive, sample.size(), stages.reportCount, stages.raw, stages.ours, runs);
  }

  private static SyntheticArchive.Summary archive(Config config, Path dir, Consumer<String> progress)
      throws IOException {
    Path marker = dir.resolve(".generated");
    if (Files.exists(marker)) {
      String[] s = Files.readString(marker).trim().split(" ");
      progress.accept("reusing the archive in " + dir);
      return new SyntheticArchive.Summary(Integer.parseInt(s[0]), Long.parseLong(s[1]), Integer.parseInt(s[2]));
    }
    IndexFiles.deleteTree(dir);
    progress.accept("generating " + config.docs() + " documents into " + dir);
    SyntheticArchive.Summary s = new SyntheticArchive(config.corpus(), config.seed()).write(dir, config.docs(), i -> {
      if ((i + 1) % 10_000 == 0) {
        progress.accept("generated " + (i + 1));
      }
    });
    Files.writeString(marker, s.documents() + " " + s.bytes() + " " + s.reports() + "\n");
    return s;
  }

  private EndToEnd endToEnd(int threads, Path archiveDir, Path indexDir, Consumer<String> progress)
      throws IOException {
    IndexFiles.deleteTree(indexDir);
    System.gc();
    DedupSettings dedup = DedupSettings.defaults();
    ReportSchema schema = ReportSchema.withHanlp().with(new DedupFields(dedup));
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    long[] dedupNanos = {0};
    AfterIngest after = (layout, counters) -> {
      long start = System.nanoTime();
      new IndexedDuplicates(dedup, threads).update(layout.lucene());
      dedupNanos[0] = System.nanoTime() - start;
    };
    ParallelIngest engine = new ParallelIngest(new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(MAX_BYTES)),
        analyzer::analyze, schema, new IndexLayout(indexDir), ParallelIngest.Settings.defaults(threads), after);
    ParallelIngest.Job job = engine.job(new InputSources(MAX_BYTES), List.of(archiveDir.toString()), null);
    progress.accept("end to end, " + threads + " thread(s)");
    double loadBefore = load();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    ParallelIngest.Result result;
    java.io.PrintWriter sink = new java.io.PrintWriter(new java.io.Writer() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
          if (buf[i] == '\n') {
            progress.accept(line.toString());
            line.setLength(0);
          } else {
            line.append(buf[i]);
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    try (ProgressDisplay display = new ProgressDisplay(engine::progress, sink, ProgressDisplay.Mode.LOG,
        Duration.ofSeconds(30))) {
      result = engine.run(job);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    EndToEnd e = new EndToEnd(threads, result.counters().documents(), result.counters().reports(),
        result.counters().failed(), seconds, cpu, dedupNanos[0] / 1e9, loadBefore, load());
    progress.accept(String.format(Locale.ROOT,
        "%d thread(s): %.1f docs/s, %.1f reports/s, CPU use %.2f cores, near-duplicate update %.1f s", threads,
        e.docsPerSecond(), e.reportsPerSecond(), e.cpuUse(), e.dedupSeconds()));
    IndexFiles.deleteTree(indexDir);
    return e;
  }

  private static long processCpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return 0;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The stages timed alone on the sample, in order, each feeding the next. */
  private final class Stages {
    final List<RawDocument> docs;
    final List<Boolean> prePassReads;
    final Path workDir;
    final Consumer<String> progress;
    final Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(MAX_BYTES));
    final ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    final HanlpSegmenter rawHanlp = HanlpSegmenter.withHanlpNer();
    final AutoDetectParser tika = new AutoDetectParser(TikaConfig.getDefaultConfig());
    final DedupSettings dedup = DedupSettings.defaults();
    final ReportSchema schema = ReportSchema.withHanlp().with(new DedupFields(dedup));
    final List<StageCost> raw = new ArrayList<>();
    final List<StageCost> ours = new ArrayList<>();
    byte[][] bytes;
    String[] sha;
    List<List<Report>> reports;
    List<List<AnalyzedReport>> analyzed;
    int reportCount;

    Stages(List<RawDocument> docs, List<Boolean> prePassReads, Path workDir, Consumer<String> progress) {
      this.docs = docs;
      this.prePassReads = prePassReads;
      this.workDir = workDir;
      this.progress = progress;
    }

    /** Every stage once over the first documents, untimed (class loading, dictionaries, JIT). */
    void warmUp() throws Exception {
      int n = Math.min(docs.size(), 200);
      for (int i = 0; i < n; i++) {
        byte[] b = extractor.read(docs.get(i));
        rawParse(docs.get(i), b);
        try {
          for (Report r : extractor.reports(extractor.page(docs.get(i), b))) {
            analyzer.analyze(r);
            for (String p : r.text().split("\n")) {
              rawHanlp.segment(p, 0);
            }
          }
        } catch (ExtractionException e) {
          // counted in the measured pass
        }
      }
    }

    void measure() throws Exception {
      int n = docs.size();
      bytes = new byte[n][];
      sha = new String[n];
      time(ours, "read and hash", n, () -> {
        for (int i = 0; i < n; i++) {
          try {
            bytes[i] = extractor.read(docs.get(i));
            sha[i] = ReportId.sha256Hex(bytes[i]);
          } catch (ExtractionException e) {
            bytes[i] = null;
          }
        }
      });
      time(raw, "parse (Tika; jsoup for HTML)", n, () -> {
        for (int i = 0; i < n; i++) {
          if (bytes[i] != null) {
            rawParse(docs.get(i), bytes[i]);
          }
        }
      });
      SiteTemplates[] templates = {null};
      time(ours, "site-template pre-pass", n, () -> {
        SiteTemplates.Builder builder = SiteTemplates.boundedBuilder(64);
        for (int i = 0; i < n; i++) {
          if (bytes[i] != null && prePassReads.get(i)) {
            try {
              builder.add(extractor.page(docs.get(i), bytes[i]));
            } catch (ExtractionException e) {
              // a failed page teaches nothing
            }
          }
        }
        templates[0] = builder.build();
      });
      reports = new ArrayList<>();
      time(ours, "extract", n, () -> {
        for (int i = 0; i < n; i++) {
          List<Report> out = List.of();
          if (bytes[i] != null) {
            try {
              Page page = templates[0].apply(extractor.page(docs.get(i), bytes[i]));
              out = page.paragraphs().isEmpty() ? List.of() : extractor.reports(page);
            } catch (ExtractionException e) {
              // a failure: no reports
            }
          }
          reports.add(out);
        }
      });
      reportCount = reports.stream().mapToInt(List::size).sum();
      time(raw, "HanLP segmentation + NER", reportCount, () -> {
        for (List<Report> rs : reports) {
          for (Report r : rs) {
            for (String p : r.text().split("\n")) {
              rawHanlp.segment(p, 0);
            }
          }
        }
      });
      analyzed = new ArrayList<>();
      time(ours, "analyze", reportCount, () -> {
        for (List<Report> rs : reports) {
          List<AnalyzedReport> out = new ArrayList<>(rs.size());
          for (Report r : rs) {
            out.add(analyzer.analyze(r));
          }
          analyzed.add(out);
        }
      });
      Path rawDir = workDir.resolve("stage-raw-lucene");
      IndexFiles.deleteTree(rawDir);
      time(raw, "Lucene indexing (CJK bigrams)", reportCount, () -> {
        try (Directory dir = FSDirectory.open(rawDir);
            IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new CJKAnalyzer()))) {
          for (List<Report> rs : reports) {
            for (Report r : rs) {
              Document d = new Document();
              d.add(new StringField("id", r.id(), Field.Store.YES));
              d.add(new TextField("title", r.title() == null ? "" : r.title(), Field.Store.YES));
              d.add(new TextField("body", r.text(), Field.Store.YES));
              w.addDocument(d);
            }
          }
          w.commit();
        }
      });
      IndexFiles.deleteTree(rawDir);
      Path ourDir = workDir.resolve("stage-index");
      IndexFiles.deleteTree(ourDir);
      time(ours, "index (our schema, dedup fields)", n, () -> {
        try (ReportIndexWriter w = ReportIndexWriter.open(ourDir, schema)) {
          for (int i = 0; i < n; i++) {
            if (!analyzed.get(i).isEmpty()) {
              w.replace(docs.get(i).path(), sha[i], analyzed.get(i));
            }
          }
        }
      });
      time(ours, "near-duplicate update", reportCount, () -> new IndexedDuplicates(dedup).update(ourDir));
      IndexFiles.deleteTree(ourDir);
      bytes = null;
      reports = null;
      analyzed = null;
    }

    void rawParse(RawDocument doc, byte[] b) {
      try {
        if (doc.path().endsWith(".html")) {
          Jsoup.parse(new ByteArrayInputStream(b), null, "").text();
        } else {
          ParseContext context = new ParseContext();
          PDFParserConfig pdf = new PDFParserConfig();
          pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
          context.set(PDFParserConfig.class, pdf);
          tika.parse(new ByteArrayInputStream(b), new BodyContentHandler(-1), new Metadata(), context);
        }
      } catch (Exception e) {
        // a raw parser failing costs its time, as it would in use
      }
    }

    void time(List<StageCost> into, String name, int items, Step step) throws Exception {
      long cpu0 = threadBean.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      step.run();
      StageCost c = new StageCost(name, items, (System.nanoTime() - t0) / 1e9,
          (threadBean.getCurrentThreadCpuTime() - cpu0) / 1e9);
      into.add(c);
      progress.accept(String.format(Locale.ROOT, "stage %s: %.1f s for %d", name, c.seconds(), items));
    }
  }

  /** A timed step. */
  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  /** The section body for docs/BENCHMARKS.md (without the heading's date and command lines). */
  public static String markdown(Result r) {
    StringBuilder sb = new StringBuilder();
    int n = r.sampleDocs();
    sb.append(String.format(Locale.ROOT,
        "Archive: %d generated documents (%.1f MB, %d reports as generated), seed %d.%n%n",
        r.archive().documents(), r.archive().bytes() / 1e6, r.archive().reports(), r.config().seed()));
    sb.append(String.format(Locale.ROOT,
        "### Stages alone (one thread, %d documents spread over the archive, %d reports)%n%n", n, r.sampleReports()));
    sb.append("| stage | kind | wall (s) | CPU (s) | ms per document |\n|---|---|---:|---:|---:|\n");
    for (StageCost c : r.raw()) {
      sb.append(String.format(Locale.ROOT, "| %s | raw library | %.2f | %.2f | %.2f |%n", c.name(), c.seconds(),
          c.cpuSeconds(), 1000 * c.seconds() / n));
    }
    for (StageCost c : r.ours()) {
      sb.append(String.format(Locale.ROOT, "| %s | reportminer | %.2f | %.2f | %.2f |%n", c.name(), c.seconds(),
          c.cpuSeconds(), 1000 * c.seconds() / n));
    }
    List<StageCost> rawWithRead = new ArrayList<>(r.raw());
    rawWithRead.add(r.ours().get(0));
    sb.append(String.format(Locale.ROOT, "| **sum, raw libraries** (+ read and hash) | | | | %.2f |%n",
        1000 * r.perDoc(rawWithRead)));
    sb.append(String.format(Locale.ROOT, "| **sum, our stages** | | | | %.2f |%n%n", 1000 * r.perDoc(r.ours())));
    sb.append(String.format(Locale.ROOT, "From CPU times: %.2f ms per document for the raw libraries (+ read and hash), "
        + "%.2f ms for our stages.%n%n",
        1000 * rawWithRead.stream().mapToDouble(StageCost::cpuSeconds).sum() / n,
        1000 * r.ours().stream().mapToDouble(StageCost::cpuSeconds).sum() / n));

    sb.append("### End to end (`ParallelIngest`, the whole archive)\n\n");
    sb.append("| threads | wall (s) | of which near-dup update (s) | documents/s | reports/s | documents/s before the "
        + "near-dup update | CPU use (cores) | load avg before → after "
        + "| stage-bound limit, our stages (docs/s) | % of it | stage-bound limit, raw libraries (docs/s) | % of it |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
    for (EndToEnd e : r.runs()) {
      double oursLimit = r.limit(r.ours(), e.threads());
      double rawLimit = r.limit(rawWithRead, e.threads());
      sb.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f → %.1f | %.2f | %.0f%% | %.2f | %.0f%% |%n",
          e.threads(), e.seconds(), e.dedupSeconds(), e.docsPerSecond(), e.reportsPerSecond(),
          e.docsPerSecondBeforeDedup(), e.cpuUse(), e.loadBefore(),
          e.loadAfter(), oursLimit, 100 * e.docsPerSecond() / oursLimit, rawLimit,
          100 * e.docsPerSecond() / rawLimit));
    }
    sb.append("\nThe same runs against limits from the stages' CPU times:\n\n");
    sb.append("| threads | documents/s | limit, our stages (CPU) | % of it | limit, raw libraries (CPU) | % of it |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|\n");
    for (EndToEnd e : r.runs()) {
      double oursLimit = r.cpuLimit(r.ours(), e.threads());
      double rawLimit = r.cpuLimit(rawWithRead, e.threads());
      sb.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.0f%% | %.2f | %.0f%% |%n", e.threads(),
          e.docsPerSecond(), oursLimit, 100 * e.docsPerSecond() / oursLimit, rawLimit,
          100 * e.docsPerSecond() / rawLimit));
    }
    EndToEnd one = r.runs().stream().filter(e -> e.threads() == 1).findFirst().orElse(null);
    EndToEnd two = r.runs().stream().filter(e -> e.threads() == 2).findFirst().orElse(null);
    if (one != null && two != null) {
      sb.append(String.format(Locale.ROOT,
          "%nSpeed-up, 2 threads over 1: **%.2fx** end to end, **%.2fx** up to the near-duplicate update (which "
              + "runs after the index is closed, verifying on as many threads as the ingest); CPU used %.2f vs %.2f cores.%n",
          two.docsPerSecond() / one.docsPerSecond(),
          two.docsPerSecondBeforeDedup() / one.docsPerSecondBeforeDedup(), two.cpuUse(), one.cpuUse()));
    }
    for (EndToEnd e : r.runs()) {
      if (e.failed() > 0) {
        sb.append(String.format(Locale.ROOT, "%nThe %d-thread run logged %d failed document(s).%n", e.threads(),
            e.failed()));
      }
    }
    return sb.toString();
  }
}
