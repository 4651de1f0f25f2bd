package org.reportminer.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CopySource} held in memory: an inverted index from winnowing fingerprints to reports.
 * Used by the evaluation, the benchmarks and checks of a batch of files without an index.
 * Adding is not thread-safe; once filled, concurrent reads are safe.
 */
public final class InMemoryCopySource implements CopySource {
  private final List<Fingerprint> docs = new ArrayList<>();
  private final Map<String, Integer> ordById = new HashMap<>();
  private final LongPostings postings = new LongPostings();

  /** Adds a report (a report id added twice keeps its first fingerprint). */
  public void add(Fingerprint f) {
    if (ordById.putIfAbsent(f.id(), docs.size()) != null) {
      return;
    }
    int ord = docs.size();
    docs.add(f);
    long[] hashes = f.fingerprints().hashes().clone();
    java.util.Arrays.sort(hashes);
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        postings.add(hashes[i], ord);
      }
    }
  }

  @Override
  public int reportCount() {
    return docs.size();
  }

  @Override
  public List<String> reportsWith(long hash) {
    List<String> out = new ArrayList<>();
    for (int ord : postings.postings(hash)) {
      out.add(docs.get(ord).id());
    }
    return out;
  }

  @Override
  public int documentFrequency(long hash) {
    return postings.count(hash);
  }

  @Override
  public Fingerprint fingerprint(String id) {
    Integer ord = ordById.get(id);
    return ord == null ? null : docs.get(ord);
  }

  /** Every report added, in order. */
  public List<Fingerprint> all() {
    return List.copyOf(docs);
  }
}
