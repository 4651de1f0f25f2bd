package org.reportminer.engine.solrcloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reportminer.dedup.CopySource;
import org.reportminer.dedup.Fingerprint;
import org.reportminer.dedup.Fingerprinter;
import org.reportminer.index.ReportSchema;
import org.reportminer.search.QueryException;

/**
 * A collection as the copy detector sees it ({@link CopySource}), from the winnowing hashes the
 * loader indexed in {@value WinnowTerms#FIELD}: document frequencies counted by facet queries
 * (fetched for a whole check at once with {@link #prefetch}), the reports sharing hashes counted
 * by constant-score disjunctions (each matching hash adds 1 to a report's score), and a source's
 * fingerprint computed from its stored text, as the embedded index computes it. One instance per
 * check (it caches what it fetched); failures of Solr surface as {@link UncheckedIOException}.
 */
final class SolrCopySource implements CopySource {
  private static final int HASHES_PER_REQUEST = 400;
  private static final int ROWS = 10_000;

  private final SolrHttp solr;
  private final Fingerprinter fingerprinter;
  private final Map<Long, Integer> df = new ConcurrentHashMap<>();
  private final Map<String, Fingerprint> fingerprints = new ConcurrentHashMap<>();
  private volatile int reports = -1;

  SolrCopySource(SolrHttp solr, Fingerprinter fingerprinter) {
    this.solr = solr;
    this.fingerprinter = fingerprinter;
  }

  /** Fetches the document frequencies of {@code hashes}, a few hundred per request. */
  void prefetch(Collection<Long> hashes) {
    List<Long> missing = new ArrayList<>(new LinkedHashSet<>(hashes));
    missing.removeIf(df::containsKey);
    for (int from = 0; from < missing.size(); from += HASHES_PER_REQUEST) {
      List<Long> batch = missing.subList(from, Math.min(missing.size(), from + HASHES_PER_REQUEST));
      SolrParams p = all().rows(0, 0, ReportSchema.ID).set("facet", "true");
      for (long h : batch) {
        p.add("facet.query", termQuery(h));
      }
      JsonNode counts = select(p).path("facet_counts").path("facet_queries");
      for (long h : batch) {
        df.put(h, counts.path(termQuery(h)).asInt(0));
      }
    }
  }

  @Override
  public int reportCount() {
    if (reports < 0) {
      reports = select(all().rows(0, 0, ReportSchema.ID)).path("response").path("numFound").asInt();
    }
    return reports;
  }

  @Override
  public List<String> reportsWith(long hash) {
    return new ArrayList<>(reportsSharing(List.of(hash), 1).keySet());
  }

  @Override
  public Map<String, Integer> reportsSharing(List<Long> hashes, int atLeast) {
    List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(hashes));
    Map<String, Integer> shared = new HashMap<>();
    for (int from = 0; from < distinct.size(); from += HASHES_PER_REQUEST) {
      StringBuilder q = new StringBuilder();
      for (long h : distinct.subList(from, Math.min(distinct.size(), from + HASHES_PER_REQUEST))) {
        q.append(q.length() == 0 ? "" : " ").append(WinnowTerms.FIELD).append(':')
            .append(WinnowTerms.term(h)).append("^=1");
      }
      for (int start = 0; ; start += ROWS) {
        SolrParams p = new SolrParams().set("q", q.toString()).set("defType", "lucene")
            .set("q.op", "OR").set("sort", "score desc," + ReportSchema.ID + " asc")
            .rows(start, ROWS, ReportSchema.ID + ",score");
        JsonNode response = select(p).path("response");
        for (JsonNode d : response.path("docs")) {
          shared.merge(SolrDocs.first(d, ReportSchema.ID), Math.round((float) d.path("score").asDouble()), Integer::sum);
        }
        if (start + ROWS >= response.path("numFound").asLong()) {
          break;
        }
      }
    }
    shared.values().removeIf(n -> n < atLeast);
    return shared;
  }

  @Override
  public int documentFrequency(long hash) {
    Integer n = df.get(hash);
    if (n == null) {
      prefetch(List.of(hash));
      n = df.get(hash);
    }
    return n;
  }

  @Override
  public Fingerprint fingerprint(String id) {
    Fingerprint f = fingerprints.get(id);
    if (f != null) {
      return f;
    }
    try {
      JsonNode doc = solr.collection("get", Map.of("id", List.of(id), "fl", List.of(SolrDocs.REPORT_FIELDS)))
          .path("doc");
      if (!doc.isObject()) {
        return null;
      }
      f = fingerprinter.fingerprint(SolrDocs.analyzed(doc).report());
      fingerprints.put(id, f);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (QueryException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  /** True when the collection is empty or some report carries winnowing hashes. */
  boolean hasFingerprints() {
    if (reportCount() == 0) {
      return true;
    }
    SolrParams p = all().add("fq", WinnowTerms.FIELD + ":[* TO *]").rows(0, 0, ReportSchema.ID);
    return select(p).path("response").path("numFound").asLong() > 0;
  }

  private static String termQuery(long hash) {
    return "{!term f=" + WinnowTerms.FIELD + "}" + WinnowTerms.term(hash);
  }

  private static SolrParams all() {
    return new SolrParams().set("q", "*:*").set("defType", "lucene");
  }

  private JsonNode select(SolrParams p) {
    try {
      return solr.collection("select", p.map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (QueryException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }
}
