package org.reportminer.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jsoup.Jsoup;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.pipeline.InputSources;

/**
 * Extraction throughput in MB/s of input per document type (HTML UTF-8, HTML GBK/GB2312, DOCX,
 * PDF, TXT), next to the raw libraries on the same bytes in the same run: Tika's {@code
 * AutoDetectParser} into a {@code BodyContentHandler}, and jsoup's {@code Jsoup.parse(bytes).text()}
 * (HTML and text only). Ours is the whole extract stage from bytes: type and charset detection,
 * cleaning, splitting and sections.
 *
 * <p>Method: the corpus documents of each type are read into memory once and replicated until one
 * pass holds at least the target number of bytes; every contender processes the same pass on one
 * thread, for some warm-up passes and then several measured passes; the median pass gives the
 * MB/s and the ratio to each baseline. Disk reads are not measured. Not thread-safe.
 */
public final class ExtractionBenchmark {

  /**
   * Settings.
   *
   * @param corpus the corpus directory
   * @param targetBytes bytes per pass and type (documents are replicated up to it)
   * @param warmup unmeasured passes
   * @param iterations measured passes
   */
  public record Settings(Path corpus, long targetBytes, int warmup, int iterations) {
    public Settings {
      if (targetBytes <= 0 || warmup < 0 || iterations < 1) {
        throw new IllegalArgumentException("target bytes and iterations must be positive");
      }
    }
  }

  /** The median MB/s of one contender on one type (NaN when it does not apply). */
  public record Row(String type, int distinctDocs, long passBytes, double ours, double tika, double jsoup) {}

  private final Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS);
  private final AutoDetectParser tika = new AutoDetectParser(TikaConfig.getDefaultConfig());
  /** Keeps results alive so the JIT cannot drop the work. */
  private long sink;

  /** Runs the benchmark; {@code progress} receives one line per finished measurement. */
  public List<Row> run(Settings settings, java.util.function.Consumer<String> progress) throws IOException {
    Map<String, List<byte[]>> byType = documentsByType(settings.corpus());
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, List<byte[]>> e : byType.entrySet()) {
      List<byte[]> pass = replicate(e.getValue(), settings.targetBytes());
      long bytes = pass.stream().mapToLong(b -> b.length).sum();
      boolean markup = e.getKey().startsWith("HTML") || e.getKey().equals("TXT");
      double ours = measure(pass, bytes, settings, this::ours);
      double tk = measure(pass, bytes, settings, this::tika);
      double js = markup ? measure(pass, bytes, settings, ExtractionBenchmark::jsoup) : Double.NaN;
      Row row = new Row(e.getKey(), e.getValue().size(), bytes, ours, tk, js);
      rows.add(row);
      progress.accept(String.format(Locale.ROOT, "%s: ours %.1f MB/s, Tika %.1f MB/s, jsoup %s", row.type(), ours, tk,
          markup ? String.format(Locale.ROOT, "%.1f MB/s", js) : "n/a"));
    }
    if (sink == 42) {
      progress.accept(""); // never true in practice; makes the sink observable
    }
    return rows;
  }

  private Map<String, List<byte[]>> documentsByType(Path corpus) throws IOException {
    InputSources.Inputs inputs = new InputSources(extractor.config().maxBytes()).expand(List.of(corpus.toString()), null);
    Map<String, List<byte[]>> out = new LinkedHashMap<>();
    for (String t : List.of("HTML UTF-8", "HTML GBK/GB2312", "DOCX", "PDF", "TXT")) {
      out.put(t, new ArrayList<>());
    }
    for (RawDocument d : inputs.documents()) {
      byte[] bytes;
      try (InputStream in = d.content().open()) {
        bytes = in.readAllBytes();
      }
      String type;
      try {
        type = typeOf(extractor.page(d, bytes));
      } catch (ExtractionException e) {
        continue;
      }
      if (type != null && d.declaredCharset() == null) {
        out.get(type).add(bytes);
      }
    }
    out.values().removeIf(List::isEmpty);
    return out;
  }

  private static String typeOf(Page p) {
    String media = p.source().mediaType();
    String cs = p.source().charset();
    if (media.contains("html")) {
      return "GB18030".equals(cs) ? "HTML GBK/GB2312" : "HTML UTF-8";
    }
    if (media.contains("wordprocessingml")) {
      return "DOCX";
    }
    if (media.equals("application/pdf")) {
      return "PDF";
    }
    if (media.equals("text/plain") && !p.source().path().endsWith(".md")) {
      return "TXT";
    }
    return null;
  }

  private static List<byte[]> replicate(List<byte[]> docs, long target) {
    List<byte[]> pass = new ArrayList<>();
    long total = 0;
    while (total < target) {
      for (byte[] d : docs) {
        pass.add(d);
        total += d.length;
      }
    }
    return pass;
  }

  private double measure(List<byte[]> pass, long bytes, Settings s, ToLongFunction<byte[]> work) {
    for (int i = 0; i < s.warmup(); i++) {
      once(pass, work);
    }
    double[] mbps = new double[s.iterations()];
    for (int i = 0; i < s.iterations(); i++) {
      long t0 = System.nanoTime();
      once(pass, work);
      double seconds = (System.nanoTime() - t0) / 1e9;
      mbps[i] = bytes / 1e6 / seconds;
    }
    Arrays.sort(mbps);
    return mbps[mbps.length / 2];
  }

  private void once(List<byte[]> pass, ToLongFunction<byte[]> work) {
    for (byte[] b : pass) {
      sink += work.applyAsLong(b);
    }
  }

  private long ours(byte[] bytes) {
    try {
      RawDocument doc = RawDocument.ofBytes("bench", null, null, bytes);
      return extractor.reports(extractor.page(doc, bytes)).size();
    } catch (ExtractionException e) {
      return -1;
    }
  }

  private long tika(byte[] bytes) {
    BodyContentHandler h = new BodyContentHandler(-1);
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      tika.parse(in, h, new Metadata(), new ParseContext());
    } catch (Exception e) {
      return -1;
    }
    return h.toString().length();
  }

  private static long jsoup(byte[] bytes) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(bytes), null, "").text().length();
    } catch (IOException e) {
      return -1;
    }
  }

  /** The rows as a Markdown table with ratios. */
  public static String markdown(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append("| type | docs (distinct) | MB per pass | reportminer extract | Tika AutoDetectParser | jsoup parse+text | ours / Tika | ours / jsoup |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f MB/s | %.1f MB/s | %s | %.2f | %s |%n",
          r.type(), r.distinctDocs(), r.passBytes() / 1e6, r.ours(), r.tika(),
          Double.isNaN(r.jsoup()) ? "–" : String.format(Locale.ROOT, "%.1f MB/s", r.jsoup()),
          r.ours() / r.tika(),
          Double.isNaN(r.jsoup()) ? "–" : String.format(Locale.ROOT, "%.2f", r.ours() / r.jsoup())));
    }
    return b.toString();
  }
}
