package org.reportminer.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.model.Report;

/**
 * Incremental near-duplicate detection: each added report looks up earlier reports that share an
 * LSH band key (or its exact hash), verifies each candidate by the real Jaccard similarity of the
 * shingle sets, and links the pairs above the threshold into clusters (union-find). Candidate
 * generation costs one posting-list look-up per band, so a report is compared with its likely
 * duplicates only, never with the whole archive. Not thread-safe: feed it from one thread.
 */
public final class NearDuplicateFinder {
  private final DedupSettings settings;
  /** What is kept per report: its identity and what verification needs, not its text. */
  private record Entry(DuplicateCluster.Member identity, String published, String exactHash, ShingleSet shingles) {
    String id() {
      return identity.id();
    }
  }

  private final List<Entry> docs = new ArrayList<>();
  private final LongPostings bands = new LongPostings();
  private final Map<String, Integer> firstByExactHash = new HashMap<>();
  private final List<Integer> parent = new ArrayList<>();
  private long comparisons;

  public NearDuplicateFinder(DedupSettings settings) {
    this.settings = settings;
  }

  /** A verified near-duplicate pair. */
  public record Pair(String a, String b, double similarity) {}

  /**
   * Adds a report and returns its verified near-duplicates among the reports added before it.
   */
  public List<Pair> add(Fingerprint f) {
    int ord = docs.size();
    Report r = f.report();
    docs.add(new Entry(member(f, 1.0, true), r.published(), f.exactHash(), f.shingles()));
    parent.add(ord);
    Map<Integer, Boolean> candidates = new LinkedHashMap<>();
    Integer exact = firstByExactHash.putIfAbsent(f.exactHash(), ord);
    if (exact != null) {
      candidates.put(exact, true);
    }
    for (long key : f.bandKeys()) {
      bands.forEach(
          key,
          doc -> {
            candidates.putIfAbsent(doc, false);
            return true;
          });
      bands.add(key, ord);
    }
    List<Pair> out = new ArrayList<>();
    for (int other : candidates.keySet()) {
      Entry g = docs.get(other);
      double s;
      if (g.exactHash().equals(f.exactHash())) {
        s = 1.0;
      } else {
        if (f.shingles().jaccardUpperBound(g.shingles()) < settings.minSimilarity()) {
          continue;
        }
        comparisons++;
        s = f.shingles().jaccard(g.shingles());
      }
      if (s >= settings.minSimilarity()) {
        out.add(new Pair(g.id(), f.id(), s));
        union(other, ord);
      }
    }
    return out;
  }

  /** Number of reports added. */
  public int size() {
    return docs.size();
  }

  /** Number of Jaccard verifications done so far (candidate pairs that survived the size bound). */
  public long comparisons() {
    return comparisons;
  }

  /** The clusters of two or more reports, largest first, then by representative id. */
  public List<DuplicateCluster> clusters() {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
    }
    List<DuplicateCluster> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      if (g.size() > 1) {
        out.add(cluster(g));
      }
    }
    out.sort(
        Comparator.comparingInt((DuplicateCluster c) -> -c.members().size())
            .thenComparing(DuplicateCluster::id));
    return out;
  }

  /** The cluster id of every report (its own id when it has no near-duplicate). */
  public Map<String, String> clusterIds() {
    Map<String, String> out = new LinkedHashMap<>();
    for (DuplicateCluster c : clusters()) {
      for (DuplicateCluster.Member m : c.members()) {
        out.put(m.id(), c.id());
      }
    }
    for (Entry e : docs) {
      out.putIfAbsent(e.id(), e.id());
    }
    return out;
  }

  private DuplicateCluster cluster(List<Integer> ords) {
    int rep = ords.get(0);
    for (int o : ords) {
      if (earlier(o, rep)) {
        rep = o;
      }
    }
    Entry r = docs.get(rep);
    List<DuplicateCluster.Member> members = new ArrayList<>();
    members.add(r.identity());
    boolean allExact = true;
    for (int o : ords) {
      if (o == rep) {
        continue;
      }
      Entry m = docs.get(o);
      boolean exact = m.exactHash().equals(r.exactHash());
      allExact &= exact;
      DuplicateCluster.Member id = m.identity();
      members.add(new DuplicateCluster.Member(id.id(), id.title(), id.source(), id.published(),
          exact ? 1.0 : m.shingles().jaccard(r.shingles()), exact));
    }
    return new DuplicateCluster(r.id(), r.id(), members, allExact);
  }

  private static DuplicateCluster.Member member(Fingerprint f, double similarity, boolean exact) {
    Report r = f.report();
    return new DuplicateCluster.Member(
        r.id(), r.title(), r.source() == null ? null : r.source().key(), r.published(), similarity, exact);
  }

  /** Earliest published first (reports without a date last), then first added. */
  private boolean earlier(int a, int b) {
    int byDate = comparePublished(docs.get(a).published(), docs.get(b).published());
    return byDate != 0 ? byDate < 0 : a < b;
  }

  static int comparePublished(String x, String y) {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : 1) : -1;
    }
    return x.compareTo(y);
  }

  private int find(int i) {
    int root = i;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    while (parent.get(i) != root) {
      int next = parent.get(i);
      parent.set(i, root);
      i = next;
    }
    return root;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent.set(Math.max(ra, rb), Math.min(ra, rb));
    }
  }
}
