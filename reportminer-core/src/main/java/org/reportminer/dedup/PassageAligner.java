package org.reportminer.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns two normalized texts at passage level: seeds are the winnowing fingerprints the two
 * share, each seed is extended left and right to a maximal exact match, and matches that follow
 * each other in both texts with small gaps (an edited name, a changed number, an inserted
 * phrase) merge into one passage. Overlapping claims on the same query chars keep the longer
 * passage. Passages that touch in the query and come from one region of the source (sentences
 * reordered, a sentence dropped) are then joined into one copied region, as a reader would count
 * them. Works on normalized coordinates; {@link CopyDetector} maps them back to the reports.
 * Stateless and thread-safe.
 */
public final class PassageAligner {
  private final int k;
  private final int maxGap;
  private final int minPassage;

  public PassageAligner(DedupSettings settings) {
    this.k = settings.fingerprintK();
    this.maxGap = settings.maxGap();
    this.minPassage = settings.minPassage();
  }

  /**
   * A passage of the query found in the source, in normalized char offsets.
   *
   * @param queryStart start in the query
   * @param queryEnd end (exclusive) in the query
   * @param sourceStart start in the source
   * @param sourceEnd end (exclusive) in the source
   * @param matched chars inside the passage that match exactly (the rest are bridged edits)
   */
  public record Passage(int queryStart, int queryEnd, int sourceStart, int sourceEnd, int matched) {
    /** Length in the query. */
    public int length() {
      return queryEnd - queryStart;
    }
  }

  /** The passages of {@code query} found in {@code source}, ordered by query position. */
  public List<Passage> align(Fingerprint query, Fingerprint source) {
    String a = query.normalized().text();
    String b = source.normalized().text();
    Map<Long, List<Integer>> sourcePositions = new HashMap<>();
    Winnowing.Fingerprints sf = source.fingerprints();
    for (int i = 0; i < sf.size(); i++) {
      sourcePositions.computeIfAbsent(sf.hashes()[i], h -> new ArrayList<>(1)).add(sf.positions()[i]);
    }
    List<int[]> matches = new ArrayList<>(); // {aStart, bStart, length}
    Winnowing.Fingerprints qf = query.fingerprints();
    for (int n = 0; n < qf.size(); n++) {
      List<Integer> js = sourcePositions.get(qf.hashes()[n]);
      if (js == null) {
        continue;
      }
      int i = qf.positions()[n];
      for (int j : js) {
        if (covered(matches, i, j) || !a.regionMatches(i, b, j, k)) {
          continue;
        }
        int s = 0;
        while (i - s > 0 && j - s > 0 && a.charAt(i - s - 1) == b.charAt(j - s - 1)) {
          s++;
        }
        int e = k;
        while (i + e < a.length() && j + e < b.length() && a.charAt(i + e) == b.charAt(j + e)) {
          e++;
        }
        matches.add(new int[] {i - s, j - s, s + e});
      }
    }
    matches.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> m[1]));
    List<Passage> merged = merge(matches);
    return joinRegions(resolveOverlaps(merged));
  }

  /**
   * Joins neighbours in the query (gap at most maxGap) whose source spans lie in one region: the
   * joined source span is at most twice as long as the joined query span.
   */
  private List<Passage> joinRegions(List<Passage> passages) {
    List<Passage> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      Passage last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && p.queryStart() - last.queryEnd() <= maxGap) {
        int sourceStart = Math.min(last.sourceStart(), p.sourceStart());
        int sourceEnd = Math.max(last.sourceEnd(), p.sourceEnd());
        if (sourceEnd - sourceStart <= 2 * (p.queryEnd() - last.queryStart())) {
          out.set(out.size() - 1,
              new Passage(last.queryStart(), p.queryEnd(), sourceStart, sourceEnd, last.matched() + p.matched()));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  private static boolean covered(List<int[]> matches, int i, int j) {
    for (int[] m : matches) {
      if (m[0] - m[1] == i - j && i >= m[0] && i < m[0] + m[2]) {
        return true;
      }
    }
    return false;
  }

  /** Chains matches that follow each other in both texts with gaps of at most maxGap. */
  private List<Passage> merge(List<int[]> matches) {
    List<Passage> out = new ArrayList<>();
    boolean[] used = new boolean[matches.size()];
    for (int x = 0; x < matches.size(); x++) {
      if (used[x]) {
        continue;
      }
      used[x] = true;
      int[] m = matches.get(x);
      int aStart = m[0];
      int bStart = m[1];
      int aEnd = m[0] + m[2];
      int bEnd = m[1] + m[2];
      int matched = m[2];
      // Matches are sorted by query start, so one forward pass finds every continuation.
      for (int y = x + 1; y < matches.size(); y++) {
        int[] n = matches.get(y);
        if (n[0] - aEnd > maxGap) {
          break;
        }
        int gapB = n[1] - bEnd;
        boolean follows =
            !used[y] && n[0] + n[2] > aEnd && n[1] >= bStart && Math.abs(gapB) <= maxGap;
        if (follows) {
          used[y] = true;
          matched += n[0] + n[2] - Math.max(aEnd, n[0]);
          aEnd = n[0] + n[2];
          bEnd = Math.max(bEnd, n[1] + n[2]);
        }
      }
      out.add(new Passage(aStart, aEnd, bStart, bEnd, matched));
    }
    return out;
  }

  /** Keeps the longest passage wherever passages overlap in the query, then drops short ones. */
  private List<Passage> resolveOverlaps(List<Passage> passages) {
    List<Passage> byLength = new ArrayList<>(passages);
    byLength.sort(Comparator.comparingInt((Passage p) -> -p.matched()).thenComparingInt(Passage::queryStart));
    List<Passage> kept = new ArrayList<>();
    for (Passage p : byLength) {
      int start = p.queryStart();
      int end = p.queryEnd();
      for (Passage q : kept) {
        if (q.queryStart() <= start && q.queryEnd() > start) {
          start = q.queryEnd();
        }
        if (q.queryStart() < end && q.queryEnd() >= end) {
          end = q.queryStart();
        }
      }
      if (end - start >= minPassage && noneInside(kept, start, end)) {
        int shift = start - p.queryStart();
        int trimmedEnd = p.queryEnd() - end;
        kept.add(
            new Passage(
                start,
                end,
                Math.min(p.sourceEnd(), p.sourceStart() + shift),
                Math.max(p.sourceStart() + shift, p.sourceEnd() - trimmedEnd),
                Math.min(p.matched(), end - start)));
      }
    }
    kept.sort(Comparator.comparingInt(Passage::queryStart));
    return kept;
  }

  private static boolean noneInside(List<Passage> kept, int start, int end) {
    for (Passage q : kept) {
      if (q.queryStart() >= start && q.queryEnd() <= end) {
        return false;
      }
    }
    return true;
  }
}
