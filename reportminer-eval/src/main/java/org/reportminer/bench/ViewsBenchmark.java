package org.reportminer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.reportminer.index.Facet;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;
import org.reportminer.search.Concordance;
import org.reportminer.search.ConcordanceFinder;
import org.reportminer.search.ConcordanceRequest;
import org.reportminer.search.ConcordanceSort;
import org.reportminer.search.DateBucket;
import org.reportminer.search.EntityProfiler;
import org.reportminer.search.EntityRequest;
import org.reportminer.search.SearchEngine;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.TimelineCounter;
import org.reportminer.search.TimelineRequest;

/**
 * Latency of the research views on a generated archive ({@link SyntheticReports}, the archive of
 * {@code bench index}): timelines of one and of two queries per year and per month, entity pages
 * of generated organizations, and a 50-line concordance page of the generator's word whose
 * occurrences come nearest 10,000, sorted by date, left and right. One thread, after a warm-up
 * pass; an existing index of the same size under the work directory is reused.
 */
public final class ViewsBenchmark {
  /** What to run. */
  public record Config(int reports, int passes, int threads, long seed, Path workDir) {}

  /** Latencies of one kind of request. */
  public record Row(String view, String what, int requests, double p50, double p95, double max,
      double cpuP50, double cpuP95) {}

  /** The rows and the concordance word chosen. */
  public record Result(Config config, boolean reused, double indexSeconds, String word,
      long occurrences, long wordReports, List<Row> rows) {}

  /** Generates and indexes the archive if needed, then times the views. */
  public Result run(Config c, Consumer<String> progress) throws Exception {
    ReportSchema schema = ReportSchema.withHanlp();
    SyntheticReports archive = new SyntheticReports(c.seed());
    IndexLayout layout = new IndexLayout(c.workDir().resolve("views-" + c.reports()));
    boolean reused = Files.isDirectory(layout.lucene());
    double indexSeconds = 0;
    if (!reused) {
      long t0 = System.nanoTime();
      SyntheticIndex.write(layout.lucene(), schema, archive, c.reports(), c.threads(), progress);
      indexSeconds = (System.nanoTime() - t0) / 1e9;
    }
    try (SearchEngine engine = SearchEngine.open(layout, schema)) {
      TimelineCounter timelines = new TimelineCounter(engine);
      ConcordanceFinder kwic = new ConcordanceFinder(engine, 0); // every request from scratch
      ConcordanceFinder paging = new ConcordanceFinder(engine); // keeps the ordered lines
      EntityProfiler entities = new EntityProfiler(engine);
      Random r = new Random(c.seed() + 5);
      List<String> themes = new ArrayList<>();
      List<String> orgs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        themes.add(SyntheticReports.pick(r, SyntheticReports.THEMES));
        orgs.add(SyntheticReports.pick(r, SyntheticReports.PLACE_STEMS)
            + SyntheticReports.pick(r, SyntheticReports.PLACE_KINDS)
            + SyntheticReports.pick(r, SyntheticReports.DEPARTMENTS));
      }
      progress.accept("choosing the concordance word");
      Concordance best = null;
      for (String word : concordanceCandidates()) {
        Concordance k = kwic.find(new ConcordanceRequest(SearchRequest.of(word), 20,
            ConcordanceSort.DATE, 1, 50));
        if (best == null || Math.abs(k.totalLines() - 10_000) < Math.abs(best.totalLines() - 10_000)) {
          best = k;
        }
      }
      String word = best.request().search().query();
      List<Row> rows = new ArrayList<>();
      for (DateBucket by : List.of(DateBucket.YEAR, DateBucket.MONTH)) {
        rows.add(time("timeline", "one query by " + by.key(), c.passes(), themes, q ->
            timelines.count(new TimelineRequest(List.of(q), null, by))));
      }
      rows.add(time("timeline", "two queries by year", c.passes(), themes, q ->
          timelines.count(new TimelineRequest(List.of(q, "志愿服务"), null, DateBucket.YEAR))));
      rows.add(time("entity", "organization page", c.passes(), orgs, o ->
          entities.profile(EntityRequest.of(Facet.ORGANIZATION, o))));
      List<String> nextPages =
          java.util.stream.IntStream.rangeClosed(2, 11).mapToObj(Integer::toString).toList();
      for (ConcordanceSort sort : ConcordanceSort.values()) {
        for (int page : List.of(1, 100)) {
          rows.add(time("concordance", "50 lines, sort " + sort.key() + ", page " + page
              + ", first request", c.passes(), java.util.Collections.nCopies(10, word),
              w -> kwic.find(new ConcordanceRequest(SearchRequest.of(w), 20, sort, page, 50))));
        }
        paging.find(new ConcordanceRequest(SearchRequest.of(word), 20, sort, 1, 50));
        rows.add(time("concordance", "50 lines, sort " + sort.key() + ", pages 2–11 after page 1",
            c.passes(), nextPages, p -> paging.find(new ConcordanceRequest(
                SearchRequest.of(word), 20, sort, Integer.parseInt(p), 50))));
      }
      return new Result(c, reused, indexSeconds, word, best.totalLines(), best.reports(), rows);
    }
  }

  /**
   * Names of the generator's vocabulary expected near 10,000 occurrences in 100,000 reports: a
   * place (in 1 of 80 reports, several times each, also inside organization names) and persons.
   */
  static List<String> concordanceCandidates() {
    return List.of("\"桐林区\"", "\"柳湾县\"", "\"青岚市\"", "\"王晓明\"");
  }

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private interface Work {
    Object run(String input) throws Exception;
  }

  private static Row time(String view, String what, int passes, List<String> inputs, Work work)
      throws Exception {
    for (String in : inputs) {
      work.run(in); // warm-up pass
    }
    double[] ms = new double[passes * inputs.size()];
    double[] cpu = new double[ms.length];
    int n = 0;
    for (int p = 0; p < passes; p++) {
      for (String in : inputs) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        work.run(in);
        ms[n] = (System.nanoTime() - t0) / 1e6;
        cpu[n++] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
      }
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    return new Row(view, what, ms.length, IndexBenchmark.percentile(ms, 50),
        IndexBenchmark.percentile(ms, 95), ms[ms.length - 1], IndexBenchmark.percentile(cpu, 50),
        IndexBenchmark.percentile(cpu, 95));
  }

  /** The bench:views section of docs/BENCHMARKS.md. */
  public static String markdown(Result r, String command, String machine, String date) {
    StringBuilder sb = new StringBuilder();
    sb.append("## Research views\n\n");
    sb.append("Command: `").append(command).append("`  \n");
    sb.append("Date: ").append(date).append("  \n");
    sb.append("Machine: ").append(machine).append("\n\n");
    sb.append(String.format(Locale.ROOT, "%,d generated reports (the archive of `bench index`, "
        + "dates 2015–2024), %s. One thread, the engine as the CLI and server call it; a warm-up "
        + "pass, then %d passes. Concordance first requests: the word 10 times a pass, each read "
        + "from the index anew (a finder that keeps no lines); next pages: pages 2 to 11 once a "
        + "pass from a finder that keeps the ordered lines of its 16 latest concordances, as "
        + "the CLI and server use it, after page 1 was asked. Timelines: 20 theme queries (one series; with 志愿服务 as a "
        + "second). Entity pages: 20 generated organizations (timeline, four ranked kinds, graph, "
        + "10 newest reports). Concordance: %s, the candidate word whose occurrences come nearest "
        + "10,000: %,d occurrences in %,d reports.\n\n",
        r.config().reports(), r.reused() ? "index reused from an earlier run"
            : String.format(Locale.ROOT, "indexed in %.0f s", r.indexSeconds()),
        r.config().passes(), r.word(), r.occurrences(), r.wordReports()));
    sb.append("| view | request | requests | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : r.rows()) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |\n",
          row.view(), row.what(), row.requests(), row.p50(), row.p95(), row.max(), row.cpuP50(),
          row.cpuP95()));
    }
    sb.append("\nms = wall-clock latency; CPU ms = the measuring thread's own CPU time for the same "
        + "request, which other processes on a shared machine do not inflate (the work is "
        + "single-threaded and the index is in the page cache after the warm-up).\n");
    return sb.toString();
  }
}
