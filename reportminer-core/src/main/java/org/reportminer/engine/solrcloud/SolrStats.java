package org.reportminer.engine.solrcloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.engine.ArchiveStats;
import org.reportminer.index.IndexStatistics;
import org.reportminer.index.ReportSchema;
import org.reportminer.search.QueryException;

/**
 * {@link ArchiveStats} of a collection, counted as the embedded index counts them: reports,
 * distinct pages ({@code source.key}) and inputs ({@code input.path}), exact-duplicate groups by
 * {@code exact.hash}, near-duplicate clusters by {@code dedup.cluster}; distinct values are
 * counted exactly from facet buckets (so the answer grows with the number of pages). The failures
 * log stays with the ingest run that wrote it and is not in Solr: failures and charset warnings
 * count 0. The size is the sum of one replica's index per shard (the leader's).
 */
final class SolrStats {
  private SolrStats() {}

  static ArchiveStats of(SolrHttp solr, String collection) throws IOException, QueryException {
    SolrParams p = new SolrParams().set("q", "*:*").set("defType", "lucene").rows(0, 0, "id")
        .set("facet", "true").set("facet.limit", "-1").set("facet.mincount", "1")
        .add("facet.field", ReportSchema.SOURCE_KEY).add("facet.field", ReportSchema.INPUT_PATH)
        .add("facet.field", ReportSchema.EXACT_HASH).add("facet.field", SolrDocs.CLUSTER)
        .set("f." + ReportSchema.EXACT_HASH + ".facet.mincount", "2")
        .set("f." + SolrDocs.CLUSTER + ".facet.mincount", "2");
    JsonNode answer = solr.collection("select", p.map());
    long reports = answer.path("response").path("numFound").asLong();
    JsonNode fields = answer.path("facet_counts").path("facet_fields");
    long pages = fields.path(ReportSchema.SOURCE_KEY).size() / 2;
    long inputs = fields.path(ReportSchema.INPUT_PATH).size() / 2;
    long groups = 0;
    long duplicates = 0;
    for (long n : counts(fields.path(ReportSchema.EXACT_HASH)).values()) {
      groups++;
      duplicates += n - 1;
    }
    int clusters = 0;
    int clustered = 0;
    for (long n : counts(fields.path(SolrDocs.CLUSTER)).values()) {
      clusters++;
      clustered += (int) n;
    }
    IndexStatistics index = new IndexStatistics(reports, pages, inputs, duplicates, groups, 0,
        Map.of(), 0, size(solr, collection));
    return new ArchiveStats(index, clustered - clusters, clusters);
  }

  /** Values of {@code field} in at least {@code minCount} reports, with their counts. */
  static Map<String, Long> buckets(SolrHttp solr, String field, int minCount)
      throws IOException, QueryException {
    SolrParams p = new SolrParams().set("q", "*:*").set("defType", "lucene").rows(0, 0, "id")
        .set("facet", "true").set("facet.limit", "-1").set("facet.mincount", Integer.toString(minCount))
        .set("facet.sort", "index").add("facet.field", field);
    return counts(solr.collection("select", p.map()).path("facet_counts").path("facet_fields").path(field));
  }

  private static Map<String, Long> counts(JsonNode pairs) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
      out.put(pairs.get(i).asText(), pairs.get(i + 1).asLong());
    }
    return out;
  }

  /** Bytes of the leader replicas' indexes (0 when the node does not tell). */
  private static long size(SolrHttp solr, String collection) throws IOException, QueryException {
    JsonNode status = solr.node(solr.nodeUrl(), "admin/collections",
        Map.of("action", List.of("CLUSTERSTATUS"), "collection", List.of(collection)));
    JsonNode shards = status.path("cluster").path("collections").path(collection).path("shards");
    long bytes = 0;
    for (Iterator<JsonNode> it = shards.elements(); it.hasNext(); ) {
      for (Iterator<JsonNode> rs = it.next().path("replicas").elements(); rs.hasNext(); ) {
        JsonNode r = rs.next();
        if (!r.path("leader").asText("").equals("true")) {
          continue;
        }
        String core = r.path("core").asText();
        JsonNode cores = solr.node(r.path("base_url").asText(), "admin/cores",
            Map.of("action", List.of("STATUS"), "core", List.of(core)));
        bytes += cores.path("status").path(core).path("index").path("sizeInBytes").asLong(0);
        break;
      }
    }
    return bytes;
  }
}
