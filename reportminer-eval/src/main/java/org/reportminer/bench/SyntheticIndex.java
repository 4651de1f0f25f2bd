package org.reportminer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.reportminer.dedup.DedupFields;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.IndexStats;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;

/**
 * Indexes of the {@link SyntheticReports} archive with the generator's precomputed analysis
 * instead of extraction and HanLP, so that archives of a million reports are built in minutes.
 * {@link #forServing} writes what {@code ingest} writes (copy-check fingerprints, near-duplicate
 * links and clusters) for load tests at scale; {@link #write} only the search fields.
 */
public final class SyntheticIndex {
  private SyntheticIndex() {}

  /**
   * The index of the first {@code reports} reports of the archive of {@code seed} under
   * {@code root}, built with ingest's schema and near-duplicate step when it is not there yet.
   */
  public static IndexLayout forServing(Path root, int reports, long seed, int threads,
      Consumer<String> progress) throws Exception {
    IndexLayout layout = new IndexLayout(root);
    if (IndexStats.exists(layout)) {
      return layout;
    }
    DedupSettings dedup = DedupSettings.defaults();
    write(layout.lucene(), ReportSchema.withHanlp().with(new DedupFields(dedup)),
        new SyntheticReports(seed), reports, threads, progress);
    progress.accept("finding near-duplicates");
    IndexedDuplicates.Summary s = new IndexedDuplicates(dedup, threads).update(layout.lucene());
    progress.accept(s.links() + " near-duplicate links, " + s.clusters() + " clusters");
    return layout;
  }

  /** Writes reports 0 to {@code reports - 1} of {@code archive} into {@code luceneDir}. */
  public static void write(Path luceneDir, ReportSchema schema, SyntheticReports archive,
      int reports, int threads, Consumer<String> progress) throws Exception {
    AtomicInteger next = new AtomicInteger();
    int step = Math.max(1, reports / 10);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ReportIndexWriter writer = ReportIndexWriter.open(luceneDir, schema,
        new ReportIndexWriter.Settings(64, true))) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < reports; i = next.getAndIncrement()) {
            AnalyzedReport a = archive.report(i);
            writer.replace(a.report().source().path(), a.report().source().sha256(), List.of(a));
            if ((i + 1) % step == 0) {
              progress.accept((i + 1) + " / " + reports + " reports indexed");
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      writer.commit();
    } finally {
      pool.shutdownNow();
    }
  }
}
