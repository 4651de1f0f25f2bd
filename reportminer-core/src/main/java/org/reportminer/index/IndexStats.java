package org.reportminer.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.reportminer.model.RecordJson;

/**
 * Computes {@link IndexStatistics} from an index directory (the Lucene index and the failures
 * log). Reads only; safe to run while nothing or an ingest run writes (it sees the last commit).
 */
public final class IndexStats {
  private IndexStats() {}

  /** True when {@code layout} holds a Lucene index with at least one commit. */
  public static boolean exists(IndexLayout layout) throws IOException {
    if (!Files.isDirectory(layout.lucene())) {
      return false;
    }
    try (Directory dir = FSDirectory.open(layout.lucene())) {
      return DirectoryReader.indexExists(dir);
    }
  }

  /** The statistics of the index under {@code layout}; an index not yet created counts zero. */
  public static IndexStatistics of(IndexLayout layout) throws IOException {
    long reports = 0;
    long pages = 0;
    long inputs = 0;
    long duplicates = 0;
    long groups = 0;
    Path lucene = layout.lucene();
    if (Files.isDirectory(lucene)) {
      try (Directory dir = FSDirectory.open(lucene)) {
        if (DirectoryReader.indexExists(dir)) {
          try (DirectoryReader reader = DirectoryReader.open(dir)) {
            reports = reader.numDocs();
            Bits live = MultiBits.getLiveDocs(reader);
            pages = liveTerms(reader, ReportSchema.SOURCE_KEY, live);
            inputs = liveTerms(reader, ReportSchema.INPUT_PATH, live);
            Map<BytesRef, Integer> perHash = hashCounts(reader);
            for (int n : perHash.values()) {
              if (n > 1) {
                groups++;
                duplicates += n - 1;
              }
            }
          }
        }
      }
    }
    Map<String, Long> byReason = failuresByReason(layout.failuresLog());
    Long warnings = byReason.remove(CHARSET_WARNINGS);
    long failures = byReason.values().stream().mapToLong(Long::longValue).sum();
    return new IndexStatistics(reports, pages, inputs, duplicates, groups, failures, byReason,
        warnings == null ? 0 : warnings, IndexFiles.sizeOf(lucene));
  }

  /** Terms of {@code field} that at least one live document has. */
  private static long liveTerms(DirectoryReader reader, String field, Bits live)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return 0;
    }
    long n = 0;
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    while (te.next() != null) {
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static Map<BytesRef, Integer> hashCounts(DirectoryReader reader) throws IOException {
    Map<BytesRef, Integer> counts = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues hashes = leaf.reader().getSortedDocValues(ReportSchema.EXACT_HASH);
      if (hashes == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int d = hashes.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = hashes.nextDoc()) {
        if (live == null || live.get(d)) {
          counts.merge(BytesRef.deepCopyOf(hashes.lookupOrd(hashes.ordValue())), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** The entry of {@link #failuresByReason} counting charset warnings, whatever their reasons. */
  static final String CHARSET_WARNINGS = "charset";

  /**
   * Failures of the latest run by "stage: reason", where the reason is cut before its details
   * (a colon or parenthesis): "extract: too large", "read: no such file or directory"; the
   * charset warnings (stage {@code charset}) all under {@value #CHARSET_WARNINGS}.
   */
  static Map<String, Long> failuresByReason(Path log) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    if (!Files.exists(log)) {
      return out;
    }
    try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = RecordJson.mapper().readTree(line);
        } catch (IOException e) {
          out.merge("unreadable log line", 1L, Long::sum);
          continue;
        }
        String stage = n.path("stage").asText("?");
        out.merge(stage.equals(CHARSET_WARNINGS) ? CHARSET_WARNINGS : stage + ": " + reasonKind(n.path("reason").asText("")),
            1L, Long::sum);
      }
    }
    return out;
  }

  static String reasonKind(String reason) {
    int cut = reason.length();
    for (char c : new char[] {':', '(', '：', '（'}) {
      int i = reason.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    String kind = reason.substring(0, cut).strip();
    return kind.isEmpty() ? "unknown" : kind;
  }
}
