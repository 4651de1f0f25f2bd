package org.reportminer.engine.solrcloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.DuplicateCluster;
import org.reportminer.dedup.DuplicateClusterFormat;
import org.reportminer.dedup.ShingleSet;
import org.reportminer.dedup.TextNormalizer;
import org.reportminer.index.ExactDuplicateHash;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.Report;
import org.reportminer.search.QueryException;

/**
 * The near-duplicate clusters recorded in a collection ({@code dedup.cluster}: the cluster's
 * representative id, as the embedded index and the Spark job record it), with each member's
 * similarity to the representative computed as the embedded index computes it (1.0 for an exact
 * duplicate, else the Jaccard similarity of 5-character shingles of the normalized texts).
 * Differs from the embedded listing in one way: members after the representative come in id
 * order (the embedded index lists them in ingest order, which a collection does not keep).
 * Reads the clustered reports only. Thread-safe.
 */
final class SolrDuplicates {
  private static final int BATCH = 500;

  private final SolrHttp solr;
  private final DedupSettings settings;
  private final TextNormalizer normalizer = new TextNormalizer();

  SolrDuplicates(SolrHttp solr, DedupSettings settings) {
    this.solr = solr;
    this.settings = settings;
  }

  List<DuplicateCluster> clusters(double minSimilarity) throws IOException, QueryException {
    List<String> ids = new ArrayList<>(SolrStats.buckets(solr, SolrDocs.CLUSTER, 2).keySet());
    Map<String, List<Report>> members = new LinkedHashMap<>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      SolrParams p = new SolrParams().set("q", "*:*").set("defType", "lucene")
          .add("fq", "{!terms f=" + SolrDocs.CLUSTER + " separator=\"\u001f\"}" + String.join("\u001f", batch))
          .set("sort", ReportSchema.ID + " asc")
          .rows(0, 1_000_000, SolrDocs.REPORT_FIELDS + "," + SolrDocs.CLUSTER);
      for (JsonNode d : solr.collection("select", p.map()).path("response").path("docs")) {
        members.computeIfAbsent(SolrDocs.first(d, SolrDocs.CLUSTER), k -> new ArrayList<>())
            .add(SolrDocs.analyzed(d).report());
      }
    }
    List<DuplicateCluster> out = new ArrayList<>();
    for (Map.Entry<String, List<Report>> e : members.entrySet()) {
      Report rep = e.getValue().stream().filter(r -> r.id().equals(e.getKey())).findFirst().orElse(null);
      if (rep == null || e.getValue().size() < 2) {
        continue; // as the embedded index: a cluster whose representative is gone is not listed
      }
      out.add(cluster(rep, e.getValue()));
    }
    out.sort(Comparator.comparingInt((DuplicateCluster c) -> -c.members().size())
        .thenComparing(DuplicateCluster::id));
    return DuplicateClusterFormat.atLeast(out, minSimilarity);
  }

  private DuplicateCluster cluster(Report rep, List<Report> reports) {
    String repHash = ExactDuplicateHash.of(rep.text());
    ShingleSet repShingles = shingles(rep.text());
    List<DuplicateCluster.Member> members = new ArrayList<>();
    members.add(member(rep, 1.0, true));
    boolean allExact = true;
    for (Report r : reports) { // in id order
      if (r == rep) {
        continue;
      }
      boolean exact = ExactDuplicateHash.of(r.text()).equals(repHash);
      allExact &= exact;
      members.add(member(r, exact ? 1.0 : shingles(r.text()).jaccard(repShingles), exact));
    }
    return new DuplicateCluster(rep.id(), rep.id(), members, allExact);
  }

  private ShingleSet shingles(String text) {
    return ShingleSet.of(normalizer.normalize(text).text(), settings.shingleK());
  }

  private static DuplicateCluster.Member member(Report r, double similarity, boolean exact) {
    return new DuplicateCluster.Member(
        r.id(), r.title(), r.source() == null ? null : r.source().key(), r.published(), similarity, exact);
  }
}
