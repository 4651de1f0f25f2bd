package org.reportminer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.reportminer.analyze.AnalysisEvaluation;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.analyze.Sentence;
import org.reportminer.analyze.SentenceSplitter;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;
import org.reportminer.model.SourceInfo;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.Token;

/**
 * Analysis throughput in characters per second next to raw HanLP on the same text in the same
 * run. Ours is the whole analysis stage with the default options ({@link ReportAnalyzer#analyze}:
 * sentences, one HanLP segmentation per run of sentences without HanLP's recognizers, the
 * perceptron NER model decoding over those tokens, our entity rules, dates, numbers, themes,
 * keywords). The baselines are
 * raw HanLP segmentation with its person, place and organization recognizers on ({@link
 * HanlpSegmenter#withHanlpNer()}), given the same text in the same runs of sentences our analysis
 * hands to HanLP (at most 256 characters within a paragraph: the same HanLP work, so the ratio
 * shows what our analysis adds) and one paragraph (line) at a time (how raw HanLP is usually
 * called).
 *
 * <p>Documents of 1 KB, 10 KB, 100 KB and 1 MB (characters) are cut from the gold corpus texts
 * concatenated ({@link #documents}: the distinct pieces the corpus fills); a pass processes about
 * the same number of characters at every size (many small documents, or one large one), so a
 * super-linear slow-down with length shows as lower throughput
 * for the large sizes. With N threads, N workers process their own documents at once and the
 * throughput is all characters over wall time. The contenders take turns pass by pass (ours, raw
 * same runs, raw per paragraph, ours, …), so a change in the machine's load falls on all three
 * alike; each pass also sums its workers' CPU time, and the CPU throughput (characters over CPU
 * seconds, times the thread count) is reported beside the wall one: on a shared machine it is the
 * steadier of the two. Warm-up passes (at least {@value #FIRST_ROW_WARMUP} before the first size,
 * while the JIT compiler is still at work), then the median of the measured passes. {@link
 * #runForked} repeats the whole benchmark in fresh JVMs ({@link Forks}). Not thread-safe
 * itself.
 */
public final class AnalysisBenchmark {

  /**
   * Settings.
   *
   * @param gold the gold directory whose report texts make the documents
   * @param passChars characters processed per pass and contender
   * @param warmup unmeasured passes
   * @param iterations measured passes (the median counts)
   * @param sizes document sizes in characters
   * @param threads thread counts to measure
   * @param oneDocument every worker analyzes one and the same document per size again and again
   *     (the first piece of the corpus) instead of {@link #documents distinct ones}
   */
  public record Settings(
      Path gold, long passChars, int warmup, int iterations, List<Integer> sizes, List<Integer> threads, boolean oneDocument) {
    public Settings {
      if (passChars <= 0 || warmup < 0 || iterations < 1 || sizes.isEmpty() || threads.isEmpty()) {
        throw new IllegalArgumentException("pass size, iterations, sizes and threads must be positive");
      }
      sizes = List.copyOf(sizes);
      threads = List.copyOf(threads);
    }
  }

  /**
   * Median characters per second of the three contenders at one size and thread count, over wall
   * time and over the workers' CPU time.
   */
  public record Row(int size, int threads, int documents, Rate ours, Rate rawSentences, Rate rawParagraphs) {}

  /** Characters per second over wall time and over CPU time (per thread, times the threads). */
  public record Rate(double wall, double cpu) {}

  /** A row as one line of text, for a forked run to hand its rows back: {@link #parseRow}. */
  public static String rowLine(Row r) {
    return String.format(Locale.ROOT, "row %d %d %d %s %s %s %s %s %s", r.size(), r.threads(), r.documents(),
        r.ours().wall(), r.ours().cpu(), r.rawSentences().wall(), r.rawSentences().cpu(),
        r.rawParagraphs().wall(), r.rawParagraphs().cpu());
  }

  /** The row of a {@link #rowLine}, or null for any other line. */
  static Row parseRow(String line) {
    String[] f = line.split(" ");
    if (f.length != 10 || !f[0].equals("row")) {
      return null;
    }
    double[] v = new double[6];
    for (int i = 0; i < 6; i++) {
      v[i] = Double.parseDouble(f[4 + i]);
    }
    return new Row(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
        new Rate(v[0], v[1]), new Rate(v[2], v[3]), new Rate(v[4], v[5]));
  }

  /**
   * One size and thread count measured in several JVMs (forks), one {@link Row} each. Rates are
   * medians over the forks; a ratio is the median of the forks' own ratios (each fork interleaves
   * its contenders, so its ratio is the steadier figure).
   */
  public record Forked(int size, int threads, List<Row> forks) {
    public Forked {
      if (forks.isEmpty()) {
        throw new IllegalArgumentException("no forks");
      }
      forks = List.copyOf(forks);
    }

    /** Median over the forks of a rate. */
    public double median(ToDoubleFunction<Row> rate) {
      return AnalysisBenchmark.median(forks.stream().mapToDouble(rate).toArray());
    }

    /** The forks' values of a ratio or rate, sorted. */
    public double[] sorted(ToDoubleFunction<Row> value) {
      double[] v = forks.stream().mapToDouble(value).toArray();
      Arrays.sort(v);
      return v;
    }
  }

  /** Ours over raw HanLP in the same runs, over wall time. */
  public static double sameRunsWall(Row r) {
    return r.ours().wall() / r.rawSentences().wall();
  }

  /**
   * Runs the benchmark {@code forks} times, each in a fresh JVM ({@code reportminer bench analyze
   * --in-this-jvm} with these settings), and gathers the rows by size and thread count.
   */
  public static List<Forked> runForked(Settings s, int forks, Consumer<String> progress)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("bench", "analyze", "--in-this-jvm",
        "--gold", s.gold().toString(), "--chars", String.valueOf(s.passChars()),
        "--warmup", String.valueOf(s.warmup()), "--iterations", String.valueOf(s.iterations()),
        "--sizes", join(s.sizes()), "--threads", join(s.threads())));
    if (s.oneDocument()) {
      args.add("--one-document");
    }
    Map<List<Integer>, List<Row>> byKey = new LinkedHashMap<>();
    for (int f = 1; f <= forks; f++) {
      String fork = "fork " + f + "/" + forks + ": ";
      int rows = 0;
      for (String line : Forks.run(args, line -> progress.accept(fork + line))) {
        Row r = parseRow(line);
        if (r != null) {
          byKey.computeIfAbsent(List.of(r.size(), r.threads()), k -> new ArrayList<>()).add(r);
          rows++;
        }
      }
      if (rows != s.sizes().size() * s.threads().size()) {
        throw new IOException(fork + "expected " + s.sizes().size() * s.threads().size() + " rows, got " + rows);
      }
    }
    List<Forked> out = new ArrayList<>();
    byKey.forEach((key, rows) -> out.add(new Forked(key.get(0), key.get(1), rows)));
    return out;
  }

  private static String join(List<Integer> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** Warm-up passes before the first size and thread count, whatever the settings say. */
  public static final int FIRST_ROW_WARMUP = 3;

  private final ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
  private final HanlpSegmenter raw = HanlpSegmenter.withHanlpNer();
  private final SentenceSplitter splitter = new SentenceSplitter(256);

  /** Runs every size and thread count; progress lines go to {@code progress}. */
  public List<Row> run(Settings s, Consumer<String> progress) throws IOException, InterruptedException {
    String corpus = corpusText(s.gold());
    List<Row> rows = new ArrayList<>();
    for (int size : s.sizes()) {
      List<String> docs = documents(corpus, size);
      if (s.oneDocument()) {
        docs = docs.subList(0, 1);
      }
      int docsPerWorker = (int) Math.max(1, s.passChars() / size);
      for (int threads : s.threads()) {
        // the JIT compiler is still at work on the first row: it gets more warm-up passes
        int warmup = rows.isEmpty() ? Math.max(FIRST_ROW_WARMUP, s.warmup()) : s.warmup();
        List<Rate> rates = measure(s.iterations(), warmup, threads, docsPerWorker, docs,
            List.of(this::ours, this::rawSentences, this::rawParagraphs));
        Row row = new Row(size, threads, docs.size(), rates.get(0), rates.get(1), rates.get(2));
        progress.accept(String.format(Locale.ROOT,
            "%s, %d thread(s): ours %.0f chars/s (CPU %.0f), raw HanLP same runs %.0f (CPU %.0f), per paragraph %.0f (CPU %.0f)",
            label(size), threads, row.ours().wall(), row.ours().cpu(), row.rawSentences().wall(),
            row.rawSentences().cpu(), row.rawParagraphs().wall(), row.rawParagraphs().cpu()));
        rows.add(row);
      }
    }
    return rows;
  }

  private long ours(String doc) {
    Report r = new Report("bench", new SourceInfo("bench", null, "", "text/plain", "UTF-8", 1, 1),
        "2023年工作总结", null, List.of(), doc, List.of());
    AnalyzedReport a = analyzer.analyze(r);
    return a.mentions().size() + a.dates().size() + a.numbers().size() + a.keywords().size();
  }

  private long rawSentences(String doc) {
    long n = 0;
    for (Sentence s : splitter.chunks(doc)) {
      n += raw.segment(s.text(), s.start()).size();
    }
    return n;
  }

  private long rawParagraphs(String doc) {
    long n = 0;
    for (String line : doc.split("\n")) {
      if (!line.isBlank()) {
        List<Token> tokens = raw.segment(line);
        n += tokens.size();
      }
    }
    return n;
  }

  /** Each contender's median rates; the contenders take turns pass by pass. */
  private List<Rate> measure(
      int iterations, int warmup, int threads, int docsPerWorker, List<String> docs, List<ToLongFunction<String>> contenders)
      throws InterruptedException {
    ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      double[][] wall = new double[contenders.size()][iterations];
      double[][] cpu = new double[contenders.size()][iterations];
      for (int pass = -warmup; pass < iterations; pass++) {
        for (int c = 0; c < contenders.size(); c++) {
          ToLongFunction<String> work = contenders.get(c);
          long start = System.nanoTime();
          List<Future<long[]>> futures = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            int first = t;
            futures.add(pool.submit(() -> {
              long cpuStart = cpuClock.getCurrentThreadCpuTime();
              long sink = 0;
              long chars = 0;
              for (int d = 0; d < docsPerWorker; d++) {
                String doc = docs.get((first + d) % docs.size());
                sink += work.applyAsLong(doc);
                chars += doc.length();
              }
              return new long[] {sink, cpuClock.getCurrentThreadCpuTime() - cpuStart, chars};
            }));
          }
          long sink = 0;
          long cpuNanos = 0;
          double chars = 0;
          for (Future<long[]> f : futures) {
            long[] r = f.get();
            sink += r[0];
            cpuNanos += r[1];
            chars += r[2];
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          if (sink < 0) {
            throw new IllegalStateException("impossible result count"); // keeps the work observable
          }
          if (pass >= 0) {
            wall[c][pass] = chars / seconds;
            cpu[c][pass] = chars / (cpuNanos / 1e9) * threads;
          }
        }
      }
      List<Rate> out = new ArrayList<>();
      for (int c = 0; c < contenders.size(); c++) {
        out.add(new Rate(median(wall[c]), median(cpu[c])));
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark work failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String corpusText(Path gold) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (AnalyzedReport a : AnalysisEvaluation.loadGold(gold)) {
      sb.append(a.report().text()).append('\n');
    }
    if (sb.length() == 0) {
      throw new IOException("no report text under " + gold);
    }
    return sb.toString();
  }

  /**
   * Distinct documents of about {@code size} characters: consecutive pieces of the corpus text
   * (repeated where one piece needs more), each cut at a line end when possible, as many as the
   * corpus fills once and at least one. A stream of different reports, as an archive is, rather
   * than one report again and again, whose few words would stay in the processor's caches.
   */
  static List<String> documents(String corpus, int size) {
    int count = Math.max(1, corpus.length() / size);
    StringBuilder text = new StringBuilder();
    while (text.length() < corpus.length() + 2 * size) {
      text.append(corpus);
    }
    List<String> docs = new ArrayList<>(count);
    int start = 0;
    while (docs.size() < count) {
      int end = start + size;
      int cut = text.lastIndexOf("\n", end);
      end = cut > start + size / 2 ? cut : end;
      docs.add(text.substring(start, end));
      start = end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
    }
    return docs;
  }

  public static String label(int size) {
    return size >= 1_000_000 ? size / 1_000_000 + " MB" : size >= 1000 ? size / 1000 + " KB" : size + " chars";
  }

  /**
   * The rows as a Markdown table: rates are medians over the forks, ratios medians of the forks'
   * own ratios, with the lowest and highest fork's same-runs ratio beside it.
   */
  public static String markdown(List<Forked> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| document | distinct documents | threads | ours (chars/s) | raw HanLP, same runs | ours / raw same runs | lowest – highest fork | raw HanLP per paragraph | ours / raw per paragraph | ours / raw same runs, CPU | ours / raw per paragraph, CPU |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Forked r : rows) {
      double[] spread = r.sorted(AnalysisBenchmark::sameRunsWall);
      sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %,.0f | %,.0f | **%.2f** | %.2f – %.2f | %,.0f | %.2f | **%.2f** | %.2f |%n",
          label(r.size()), r.forks().get(0).documents(), r.threads(), r.median(x -> x.ours().wall()), r.median(x -> x.rawSentences().wall()),
          r.median(AnalysisBenchmark::sameRunsWall), spread[0], spread[spread.length - 1],
          r.median(x -> x.rawParagraphs().wall()),
          r.median(x -> x.ours().wall() / x.rawParagraphs().wall()),
          r.median(x -> x.ours().cpu() / x.rawSentences().cpu()),
          r.median(x -> x.ours().cpu() / x.rawParagraphs().cpu())));
    }
    return sb.toString();
  }
}
