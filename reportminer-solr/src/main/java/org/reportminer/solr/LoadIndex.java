package org.reportminer.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.reportminer.index.IndexLayout;

/**
 * Loads an embedded index's reports into a collection of the reportminer configset ({@code
 * scripts/solr-local load --index DIR --solr URL --collection NAME}): every live report as
 * {@link EmbeddedRecords} gives it, near-duplicate clusters included, sent in batches to any node
 * of the cluster (it routes them to their shards), then one commit. Reports already in the
 * collection are replaced by id. Not an ingest: records come from an index built by {@code
 * reportminer ingest} (the Spark job is the distributed way in).
 */
public final class LoadIndex {
  private LoadIndex() {}

  /** Loads {@code layout}'s reports into {@code collection} through {@code client}; returns how many. */
  public static long load(IndexLayout layout, SolrClient client, String collection, int batch)
      throws IOException {
    long[] n = {0};
    EmbeddedRecords.read(layout, batch, docs -> {
      try {
        client.add(collection, docs);
      } catch (SolrServerException e) {
        throw new IOException("Solr refused a batch: " + e.getMessage(), e);
      }
      n[0] += docs.size();
    });
    try {
      client.commit(collection);
    } catch (SolrServerException e) {
      throw new IOException("Solr refused the commit: " + e.getMessage(), e);
    }
    return n[0];
  }

  /** {@code --index DIR --solr URL --collection NAME [--batch N]}. */
  public static void main(String[] args) throws Exception {
    MainArgs a;
    try {
      a = new MainArgs(args, Set.of("--index", "--solr", "--collection", "--batch"));
      if (!a.has("--solr")) {
        throw new IllegalArgumentException("--solr URL is needed (such as http://127.0.0.1:8983/solr)");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("solr-local load: " + e.getMessage());
      System.exit(2);
      return;
    }
    String collection = a.get("--collection", "reports");
    IndexLayout layout = new IndexLayout(Path.of(a.get("--index", "index")));
    long t0 = System.nanoTime();
    try (SolrClient client = new Http2SolrClient.Builder(a.get("--solr", null)).build()) {
      long n = load(layout, client, collection, a.integer("--batch", 500));
      System.out.printf("loaded %d reports from %s into %s in %.1f s%n", n, layout.root(), collection,
          (System.nanoTime() - t0) / 1e9);
    }
  }
}
