package org.reportminer.dedup;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The documents that share a term of some fields with each of a set of documents: near-duplicate
 * candidates by LSH bucket and exact hash. One sequential pass over those fields' terms (merged
 * over the index's segments) finds them for all the documents at once; looking each document's
 * terms up one by one costs a terms-dictionary seek per term and segment, which dominated the
 * near-duplicate update of a large archive. Terms held by a single document are skipped after
 * reading their document frequency. No state; thread-safe.
 */
final class SharedTerms {
  private SharedTerms() {}

  /**
   * For each of {@code docs} (global doc ids), the live documents that share a term of one of
   * {@code fields} with it, itself excluded: sorted, distinct.
   */
  static int[][] of(IndexReader reader, int[] docs, List<String> fields) throws IOException {
    int[] slotOf = new int[reader.maxDoc()];
    Arrays.fill(slotOf, -1);
    for (int i = 0; i < docs.length; i++) {
      slotOf[docs[i]] = i;
    }
    int[][] found = new int[docs.length][];
    int[] sizes = new int[docs.length];
    Bits live = MultiBits.getLiveDocs(reader);
    int[] bucket = new int[16];
    for (String field : fields) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      while (te.next() != null) {
        if (te.docFreq() < 2) {
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        int m = 0;
        boolean wanted = false;
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            if (m == bucket.length) {
              bucket = Arrays.copyOf(bucket, m * 2);
            }
            bucket[m++] = d;
            wanted |= slotOf[d] >= 0;
          }
        }
        if (!wanted || m < 2) {
          continue;
        }
        for (int i = 0; i < m; i++) {
          int s = slotOf[bucket[i]];
          if (s < 0) {
            continue;
          }
          int[] list = found[s] == null ? new int[Math.max(8, m)] : found[s];
          if (sizes[s] + m > list.length) {
            list = Arrays.copyOf(list, Math.max(list.length * 2, sizes[s] + m));
          }
          for (int j = 0; j < m; j++) {
            if (j != i) {
              list[sizes[s]++] = bucket[j];
            }
          }
          found[s] = list;
        }
      }
    }
    int[][] out = new int[docs.length][];
    for (int s = 0; s < docs.length; s++) {
      out[s] = found[s] == null ? new int[0] : sortedDistinct(found[s], sizes[s]);
    }
    return out;
  }

  private static int[] sortedDistinct(int[] a, int n) {
    Arrays.sort(a, 0, n);
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (k == 0 || a[k - 1] != a[i]) {
        a[k++] = a[i];
      }
    }
    return Arrays.copyOf(a, k);
  }
}
