package org.reportminer.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.reportminer.dedup.CopyCaseGenerator;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.Fingerprint;
import org.reportminer.dedup.Fingerprinter;
import org.reportminer.dedup.NearDuplicateFinder;
import org.reportminer.dedup.ShingleSet;
import org.reportminer.model.Report;

/**
 * Scale of near-duplicate detection: archives of generated reports ({@link CopyCaseGenerator}:
 * originals, near-duplicate reposts, partial copies and unrelated reports) of growing size go
 * through fingerprinting and {@link NearDuplicateFinder} (LSH candidates, Jaccard verification,
 * clustering); time, verifications and retained heap are recorded per size, so that linear
 * growth shows as constant time per report. On the first reports of the archive, an all-pairs
 * exact Jaccard comparison (the quadratic baseline) finds every pair above the threshold; LSH
 * recall is measured against it, with both times. Not thread-safe.
 */
public final class DedupBenchmark {

  /** One archive size. */
  public record Row(int reports, double seconds, long verifications, long pairs, long heapBytes, double recallVsTruth) {}

  /** The all-pairs comparison. */
  public record AllPairs(int reports, long pairs, double allPairsSeconds, double lshSeconds, long lshPairs, double recall) {}

  private final DedupSettings settings = DedupSettings.defaults();

  /** Measures each size in {@code sizes} (reports), then the all-pairs check on {@code allPairs} reports. */
  public List<Row> scale(List<Integer> sizes, long seed, Consumer<String> log) {
    measure(List.of(1000), seed + 1, line -> {}); // warm-up: JIT, not measured
    return measure(sizes, seed, log);
  }

  private List<Row> measure(List<Integer> sizes, long seed, Consumer<String> log) {
    List<Row> rows = new ArrayList<>();
    for (int n : sizes) {
      CopyCaseGenerator.Archive archive = archive(seed, n);
      Set<String> truth = new HashSet<>();
      archive.cases().stream()
          .filter(c -> c.kind().equals("NEAR_DUPLICATE"))
          .forEach(c -> truth.add(key(c.sourceId(), c.report().id())));
      List<Report> reports = archive.all();
      long before = usedHeap();
      long t0 = System.nanoTime();
      Fingerprinter fingerprinter = new Fingerprinter(settings);
      NearDuplicateFinder finder = new NearDuplicateFinder(settings);
      Set<String> found = new HashSet<>();
      for (Report r : reports) {
        for (NearDuplicateFinder.Pair p : finder.add(fingerprinter.fingerprint(r))) {
          found.add(key(p.a(), p.b()));
        }
      }
      int clusters = finder.clusters().size();
      double seconds = (System.nanoTime() - t0) / 1e9;
      long heap = usedHeap() - before;
      long hit = truth.stream().filter(found::contains).count();
      rows.add(new Row(reports.size(), seconds, finder.comparisons(), found.size(), heap,
          truth.isEmpty() ? 1 : hit / (double) truth.size()));
      log.accept(String.format(Locale.ROOT, "%d reports: %.1f s, %d clusters, %d verifications, heap %.0f MB",
          reports.size(), seconds, clusters, finder.comparisons(), heap / 1e6));
      if (finder.size() < 0) {
        throw new AssertionError(); // keeps the finder reachable until the heap was measured
      }
    }
    return rows;
  }

  /** LSH against the exhaustive all-pairs Jaccard comparison on {@code n} reports. */
  public AllPairs allPairs(int n, long seed, Consumer<String> log) {
    List<Report> reports = archive(seed, n).all();
    Fingerprinter fingerprinter = new Fingerprinter(settings);
    List<Fingerprint> fps = new ArrayList<>();
    reports.forEach(r -> fps.add(fingerprinter.fingerprint(r)));

    long t0 = System.nanoTime();
    Set<String> exhaustive = new HashSet<>();
    for (int i = 0; i < fps.size(); i++) {
      ShingleSet a = fps.get(i).shingles();
      for (int j = i + 1; j < fps.size(); j++) {
        Fingerprint g = fps.get(j);
        // The size bound only skips pairs that cannot reach the threshold: the result stays exact.
        boolean similar =
            fps.get(i).exactHash().equals(g.exactHash())
                || (a.jaccardUpperBound(g.shingles()) >= settings.minSimilarity()
                    && a.jaccard(g.shingles()) >= settings.minSimilarity());
        if (similar) {
          exhaustive.add(key(fps.get(i).id(), g.id()));
        }
      }
    }
    double all = (System.nanoTime() - t0) / 1e9;

    long t1 = System.nanoTime();
    NearDuplicateFinder finder = new NearDuplicateFinder(settings);
    Set<String> lsh = new HashSet<>();
    for (Fingerprint f : fps) {
      finder.add(f).forEach(p -> lsh.add(key(p.a(), p.b())));
    }
    double lshSeconds = (System.nanoTime() - t1) / 1e9;
    long hit = exhaustive.stream().filter(lsh::contains).count();
    AllPairs r = new AllPairs(n, exhaustive.size(), all, lshSeconds, lsh.size(),
        exhaustive.isEmpty() ? 1 : hit / (double) exhaustive.size());
    log.accept(String.format(Locale.ROOT, "all pairs on %d reports: %.1f s, %d pairs; LSH %.2f s, recall %.4f",
        n, all, exhaustive.size(), lshSeconds, r.recall()));
    return r;
  }

  /** An archive of about {@code n} reports: 80% originals, then reposts, partial copies, others. */
  private static CopyCaseGenerator.Archive archive(long seed, int n) {
    int originals = n * 8 / 10;
    int near = n / 10;
    int partial = n / 20;
    return new CopyCaseGenerator(seed).generate(originals, near, partial, n - originals - near - partial);
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The Markdown section. */
  public static String markdown(List<Row> rows, AllPairs all, String command) {
    StringBuilder sb = new StringBuilder();
    sb.append("## Near-duplicate detection at scale\n\n")
        .append("Command: `").append(command).append("`  \n")
        .append("Date: ").append(java.time.LocalDate.now()).append("  \n")
        .append("Machine: ").append(MachineInfo.describe()).append("\n\n")
        .append("Generated archives (`CopyCaseGenerator`: 80% originals, 10% near-duplicate reposts, 5% partial copies, "
            + "5% unrelated; about 1,000 characters per report). Time is fingerprinting + LSH candidates + Jaccard "
            + "verification + clustering, one thread; heap is what the finder retains (after GC). Linear growth shows "
            + "as a constant time and heap per report. Verifications are LSH candidate pairs checked by their real "
            + "Jaccard similarity; their number per report rises with size because the generator composes sentences "
            + "from a finite set of parts, so a larger archive holds more unrelated reports that share sentences. "
            + "Each verification is cheap: time per report stays flat.\n\n")
        .append("| reports | seconds | µs per report | verifications | verifications per report | heap MB | KB per report | recall of true near-duplicates |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %,d | %.1f | %.0f | %,d | %.2f | %.0f | %.1f | %.4f |%n",
          r.reports(), r.seconds(), r.seconds() * 1e6 / r.reports(), r.verifications(),
          r.verifications() / (double) r.reports(), r.heapBytes() / 1e6, r.heapBytes() / 1e3 / r.reports(),
          r.recallVsTruth()));
    }
    sb.append(String.format(Locale.ROOT,
        "%nAll-pairs baseline on the first %,d reports: exact Jaccard over all %,d pairs took %.1f s and found %,d "
            + "pairs at similarity >= the threshold; LSH on the same reports took %.2f s (%.0fx faster) and found "
            + "%.2f%% of them (recall %.4f).%n",
        all.reports(), (long) all.reports() * (all.reports() - 1) / 2, all.allPairsSeconds(), all.pairs(),
        all.lshSeconds(), all.allPairsSeconds() / all.lshSeconds(), all.recall() * 100, all.recall()));
    return sb.toString();
  }
}
