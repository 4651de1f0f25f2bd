package org.reportminer.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;

/**
 * A development tool, not a test: times like-searches (page size 10, one snippet, as
 * {@code /api/similar} asks) on an existing index with the ranking shipped before and with the
 * default one, in the same JVM, two rounds each (the first warms up). Seeds: the first 20 hits of
 * ten fixed queries. Usage, from the project folder: {@code java -cp
 * reportminer-eval/target/reportminer-eval.jar:reportminer-eval/target/test-classes
 * org.reportminer.search.SimilarLatencyProbe INDEX_DIR}.
 */
public final class SimilarLatencyProbe {
  private SimilarLatencyProbe() {}

  public static void main(String[] args) throws Exception {
    IndexLayout layout = new IndexLayout(Path.of(args[0]));
    ReportSchema schema = ReportSchema.withHanlp();
    List<String> ids = new ArrayList<>();
    try (SearchEngine e = SearchEngine.open(layout, schema)) {
      for (String q : List.of("安全生产", "植树", "工作总结", "党建", "教育", "培训", "服务", "会议", "社区", "企业")) {
        for (Hit h : e.search(SearchRequest.of(q).withPage(1, 20).withSnippets(0)).hits()) {
          ids.add(h.id());
        }
      }
    }
    Map<String, SimilarSettings> systems = new LinkedHashMap<>();
    systems.put("shipped before", SimilarEvaluation.WORDS_ONLY);
    systems.put("defaults", SimilarSettings.defaults());
    for (int round = 1; round <= 2; round++) {
      for (Map.Entry<String, SimilarSettings> s : systems.entrySet()) {
        try (SearchEngine e = SearchEngine.open(layout, schema, s.getValue())) {
          long[] t = new long[ids.size()];
          long hits = 0;
          for (int i = 0; i < ids.size(); i++) {
            long start = System.nanoTime();
            hits += e.search(SearchRequest.of(null).withLike(ids.get(i)).withPage(1, 10).withSnippets(1)).totalHits();
            t[i] = System.nanoTime() - start;
          }
          Arrays.sort(t);
          System.out.printf(Locale.ROOT, "round %d  %-15s %d searches, mean matches %d, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
              round, s.getKey(), t.length, hits / t.length, t[t.length / 2] / 1e6,
              t[(int) Math.ceil(t.length * 0.95) - 1] / 1e6, t[t.length - 1] / 1e6);
        }
      }
    }
  }
}
