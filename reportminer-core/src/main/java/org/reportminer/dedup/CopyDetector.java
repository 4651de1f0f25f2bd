package org.reportminer.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.model.Section;

/**
 * Builds the {@link CopyReport} of a report against an archive ({@link CopySource}): finds the
 * candidate sources by shared winnowing fingerprints, aligns each with {@link PassageAligner},
 * masks stock phrases, and measures coverage overall, per section and per source. Thread-safe.
 */
public final class CopyDetector {
  private final DedupSettings settings;
  private final PassageAligner aligner;

  public CopyDetector(DedupSettings settings) {
    this.settings = settings;
    this.aligner = new PassageAligner(settings);
  }

  /** Checks {@code query} (which may or may not be in the archive) against {@code archive}. */
  public CopyReport check(Fingerprint query, CopySource archive) {
    NormalizedText nq = query.normalized();
    int n = nq.length();
    int stockAt = stockThreshold(archive.reportCount());
    Winnowing.Fingerprints qf = query.fingerprints();
    boolean[] stock = new boolean[n];
    int[] stockDf = new int[n];
    List<Long> sharable = new ArrayList<>();
    Map<Long, Integer> dfCache = new HashMap<>();
    for (int i = 0; i < qf.size(); i++) {
      long h = qf.hashes()[i];
      int df = dfCache.computeIfAbsent(h, archive::documentFrequency);
      if (df >= stockAt) {
        int p = qf.positions()[i];
        for (int c = p; c < Math.min(n, p + settings.fingerprintK()); c++) {
          stock[c] = true;
          stockDf[c] = Math.max(stockDf[c], df);
        }
        continue;
      }
      if (dfCache.get(h) > 0 && firstOccurrence(qf, i)) {
        sharable.add(h);
      }
    }
    Map<String, Integer> shared = new HashMap<>(archive.reportsSharing(sharable, 2));
    shared.remove(query.id());
    keepLongRuns(stock, settings.minStockPhrase());
    List<String> candidates =
        shared.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(settings.maxSources())
            .map(Map.Entry::getKey)
            .toList();

    boolean[] copied = new boolean[n];
    String[] owner = new String[n];
    Map<String, Integer> coverageBySource = new LinkedHashMap<>();
    Map<String, Integer> passagesBySource = new HashMap<>();
    List<CopyReport.CopiedPassage> passages = new ArrayList<>();
    Map<String, Fingerprint> sourceFps = new HashMap<>();
    for (String id : candidates) {
      Fingerprint source = archive.fingerprint(id);
      if (source == null) {
        continue;
      }
      sourceFps.put(id, source);
      int covered = 0;
      for (PassageAligner.Passage p : aligner.align(query, source)) {
        int own = 0;
        for (int c = p.queryStart(); c < p.queryEnd(); c++) {
          own += stock[c] ? 0 : 1;
        }
        if (own < settings.minPassage()) {
          continue; // nothing but stock phrases: not evidence of copying from this source
        }
        for (int c = p.queryStart(); c < p.queryEnd(); c++) {
          if (!stock[c]) {
            covered++;
            if (!copied[c]) {
              copied[c] = true;
              owner[c] = id;
            }
          }
        }
        NormalizedText ns = source.normalized();
        int start = nq.originalStart(p.queryStart());
        int end = nq.originalEnd(p.queryEnd());
        int sStart = ns.originalStart(p.sourceStart());
        int sEnd = ns.originalEnd(p.sourceEnd());
        passages.add(
            new CopyReport.CopiedPassage(
                id, start, end, sStart, sEnd,
                nq.original().substring(start, end),
                ns.original().substring(sStart, sEnd),
                p.matched() / (double) p.length()));
        passagesBySource.merge(id, 1, Integer::sum);
      }
      if (covered > 0) {
        coverageBySource.put(id, covered);
      }
    }
    passages.sort(Comparator.comparingInt(CopyReport.CopiedPassage::start).thenComparing(CopyReport.CopiedPassage::sourceId));

    int total = count(copied, 0, n);
    List<CopyReport.SourceShare> sources = new ArrayList<>();
    for (Map.Entry<String, Integer> e : coverageBySource.entrySet()) {
      Fingerprint s = sourceFps.get(e.getKey());
      sources.add(
          new CopyReport.SourceShare(
              e.getKey(),
              s.report().title(),
              s.report().source() == null ? null : s.report().source().key(),
              ratio(e.getValue(), n),
              passagesBySource.getOrDefault(e.getKey(), 0)));
    }
    sources.sort(Comparator.comparingDouble((CopyReport.SourceShare s) -> -s.share()).thenComparing(CopyReport.SourceShare::id));
    double largest = sources.isEmpty() ? 0 : sources.get(0).share();

    return new CopyReport(
        query.id(),
        query.report().title(),
        nq.original(),
        n,
        ratio(total, n),
        largest,
        sections(query, copied, owner),
        sources,
        passages,
        stockPhrases(nq, stock, stockDf));
  }

  /** Reports in at least this many archive reports make a fingerprint a stock phrase. */
  int stockThreshold(int reports) {
    return Math.max(settings.stockMinReports(), (int) Math.ceil(settings.stockShare() * reports));
  }

  /**
   * Keeps only runs of at least {@code minRun} stock chars: a stock phrase is a whole phrase found
   * across the archive, not a common word pair at the edge of a copied sentence.
   */
  static void keepLongRuns(boolean[] stock, int minRun) {
    int i = 0;
    while (i < stock.length) {
      if (!stock[i]) {
        i++;
        continue;
      }
      int start = i;
      while (i < stock.length && stock[i]) {
        i++;
      }
      if (i - start < minRun) {
        java.util.Arrays.fill(stock, start, i, false);
      }
    }
  }

  private static boolean firstOccurrence(Winnowing.Fingerprints f, int i) {
    for (int j = 0; j < i; j++) {
      if (f.hashes()[j] == f.hashes()[i]) {
        return false;
      }
    }
    return true;
  }

  private List<CopyReport.SectionRatio> sections(Fingerprint q, boolean[] copied, String[] owner) {
    NormalizedText nq = q.normalized();
    List<Section> sections = q.report().sections();
    List<CopyReport.SectionRatio> out = new ArrayList<>();
    int firstHeading = sections.isEmpty() ? nq.original().length() : sections.get(0).start();
    if (firstHeading > 0) {
      out.add(ratioOf("", 0, 0, firstHeading, nq, copied, owner));
    }
    for (Section s : sections) {
      out.add(ratioOf(s.heading(), s.level(), s.start(), s.end(), nq, copied, owner));
    }
    return out;
  }

  private static CopyReport.SectionRatio ratioOf(
      String heading, int level, int start, int end, NormalizedText nq, boolean[] copied, String[] owner) {
    int a = nq.normalizedIndex(start);
    int b = nq.normalizedIndex(end);
    Map<String, Integer> byOwner = new HashMap<>();
    for (int c = a; c < b; c++) {
      if (copied[c]) {
        byOwner.merge(owner[c], 1, Integer::sum);
      }
    }
    String main =
        byOwner.entrySet().stream()
            .max(
                Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .map(Map.Entry::getKey)
            .orElse(null);
    return new CopyReport.SectionRatio(heading, level, start, end, ratio(count(copied, a, b), b - a), main);
  }

  private List<CopyReport.StockPhrase> stockPhrases(NormalizedText nq, boolean[] stock, int[] df) {
    List<CopyReport.StockPhrase> out = new ArrayList<>();
    int c = 0;
    while (c < stock.length) {
      if (!stock[c]) {
        c++;
        continue;
      }
      int s = c;
      int maxDf = 0;
      while (c < stock.length && stock[c]) {
        maxDf = Math.max(maxDf, df[c]);
        c++;
      }
      int start = nq.originalStart(s);
      int end = nq.originalEnd(c);
      out.add(new CopyReport.StockPhrase(nq.original().substring(start, end), start, end, maxDf));
    }
    return out;
  }

  private static int count(boolean[] flags, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += flags[i] ? 1 : 0;
    }
    return n;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }
}
