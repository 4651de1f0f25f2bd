package org.reportminer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.reportminer.analyze.AnalysisEvaluation;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.HanlpSegmenter;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.analyze.Sentence;
import org.reportminer.analyze.SentenceSplitter;
import org.reportminer.analyze.Token;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;
import org.reportminer.model.SourceInfo;

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
 * <p>Documents of 1 KB, 10 KB, 100 KB and 1 MB (characters) are built by concatenating the gold
 * corpus texts; a pass processes about the same number of characters at every size (many small
 * documents, or one large one), so a super-linear slow-down with length shows as lower throughput
 * for the large sizes. With N threads, N workers process their own documents at once and the
 * throughput is all characters over wall time. Warm-up passes, then the median of the measured
 * passes. Not thread-safe itself.
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
   */
  public record Settings(Path gold, long passChars, int warmup, int iterations, List<Integer> sizes, List<Integer> threads) {
    public Settings {
      if (passChars <= 0 || warmup < 0 || iterations < 1 || sizes.isEmpty() || threads.isEmpty()) {
        throw new IllegalArgumentException("pass size, iterations, sizes and threads must be positive");
      }
      sizes = List.copyOf(sizes);
      threads = List.copyOf(threads);
    }
  }

  /** Median characters per second of the three contenders at one size and thread count. */
  public record Row(int size, int threads, double ours, double rawSentences, double rawParagraphs) {}

  private final ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
  private final HanlpSegmenter raw = HanlpSegmenter.withHanlpNer();
  private final SentenceSplitter splitter = new SentenceSplitter(256);

  /** Runs every size and thread count; progress lines go to {@code progress}. */
  public List<Row> run(Settings s, Consumer<String> progress) throws IOException, InterruptedException {
    String corpus = corpusText(s.gold());
    List<Row> rows = new ArrayList<>();
    for (int size : s.sizes()) {
      String doc = document(corpus, size);
      int docsPerWorker = (int) Math.max(1, s.passChars() / size);
      for (int threads : s.threads()) {
        double ours = measure(s, threads, docsPerWorker, doc, this::ours);
        double sentences = measure(s, threads, docsPerWorker, doc, this::rawSentences);
        double paragraphs = measure(s, threads, docsPerWorker, doc, this::rawParagraphs);
        Row row = new Row(size, threads, ours, sentences, paragraphs);
        progress.accept(String.format(Locale.ROOT, "%s, %d thread(s): ours %.0f chars/s, raw HanLP same runs %.0f, per paragraph %.0f",
            label(size), threads, ours, sentences, paragraphs));
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

  /** Characters per second: median over the measured passes. */
  private double measure(Settings s, int threads, int docsPerWorker, String doc, ToLongFunction<String> work)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      double[] rates = new double[s.iterations()];
      for (int pass = -s.warmup(); pass < s.iterations(); pass++) {
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          futures.add(pool.submit(() -> {
            long sink = 0;
            for (int d = 0; d < docsPerWorker; d++) {
              sink += work.applyAsLong(doc);
            }
            return sink;
          }));
        }
        long sink = 0;
        for (Future<Long> f : futures) {
          sink += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink < 0) {
          throw new IllegalStateException("impossible result count"); // keeps the work observable
        }
        if (pass >= 0) {
          rates[pass] = (double) doc.length() * docsPerWorker * threads / seconds;
        }
      }
      Arrays.sort(rates);
      return rates[rates.length / 2];
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark work failed", e.getCause());
    } finally {
      pool.shutdown();
    }
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

  /** The corpus text repeated and cut to {@code size} characters (at a line end when possible). */
  static String document(String corpus, int size) {
    StringBuilder sb = new StringBuilder(size + corpus.length());
    while (sb.length() < size) {
      sb.append(corpus);
    }
    int cut = sb.lastIndexOf("\n", size);
    return sb.substring(0, cut > size / 2 ? cut : size);
  }

  static String label(int size) {
    return size >= 1_000_000 ? size / 1_000_000 + " MB" : size >= 1000 ? size / 1000 + " KB" : size + " chars";
  }

  /** The rows as a Markdown table with ratios. */
  public static String markdown(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| document | threads | ours (chars/s) | raw HanLP, same runs | ours / raw same runs | raw HanLP per paragraph | ours / raw per paragraph |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | **%.2f** | %,.0f | %.2f |%n",
          label(r.size()), r.threads(), r.ours(), r.rawSentences(), r.ours() / r.rawSentences(),
          r.rawParagraphs(), r.ours() / r.rawParagraphs()));
    }
    return sb.toString();
  }
}
