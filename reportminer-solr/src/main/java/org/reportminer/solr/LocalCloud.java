package org.reportminer.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.reportminer.index.IndexLayout;

/**
 * A SolrCloud cluster in this one JVM for trying the Solr backend without a Solr installation
 * ({@code scripts/solr-local start}): ZooKeeper and {@code --nodes} Jetty nodes of
 * solr-test-framework's {@link MiniSolrCloudCluster}, this module's plugin on their class path,
 * the configset uploaded as {@code reportminer}, a collection created ({@code --shards} ×
 * {@code --replicas}) and, with {@code --index DIR}, an embedded index's reports loaded into it.
 * Prints the node URL and runs until Ctrl-C. Ports are picked free; data lives in a temporary
 * folder removed on exit. For trying and tests only, not for production.
 */
public final class LocalCloud {
  private static final Path CONFIGSET = Path.of("reportminer-solr/src/main/resources/configsets/reportminer/conf");

  private LocalCloud() {}

  /** {@code [--nodes 2] [--shards 2] [--replicas 2] [--collection reports] [--index DIR]}. */
  public static void main(String[] args) throws Exception {
    MainArgs a;
    try {
      a = new MainArgs(args, Set.of("--nodes", "--shards", "--replicas", "--collection", "--index"));
    } catch (IllegalArgumentException e) {
      System.err.println("solr-local start: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (!Files.isDirectory(CONFIGSET)) {
      System.err.println("solr-local start: run from the project folder (no " + CONFIGSET + ")");
      System.exit(2);
    }
    String collection = a.get("--collection", "reports");
    int shards = a.integer("--shards", 2);
    int replicas = a.integer("--replicas", 2);
    int nodes = a.integer("--nodes", 2);
    Path home = Files.createTempDirectory("reportminer-solr-");
    long t0 = System.nanoTime();
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, home)
        .addConfig("reportminer", CONFIGSET)
        .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.shutdown();
      } catch (Exception e) {
        System.err.println("solr-local: stopping the cluster: " + e.getMessage());
      }
      stopped.countDown();
    }, "solr-local-shutdown"));
    CollectionAdminRequest.createCollection(collection, "reportminer", shards, replicas)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, shards, shards * replicas);
    String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
    System.out.printf("SolrCloud: %d nodes, collection %s (%d shards x %d replicas) in %.1f s%n",
        nodes, collection, shards, replicas, (System.nanoTime() - t0) / 1e9);
    if (a.has("--index")) {
      IndexLayout layout = new IndexLayout(Path.of(a.get("--index", "index")));
      long n = LoadIndex.load(layout, cluster.getSolrClient(), collection, 500);
      System.out.printf("loaded %d reports from %s%n", n, layout.root());
    }
    System.out.println("Solr URL: " + url + "  (--solr " + url + " --collection " + collection + ")");
    System.out.println("Ctrl-C to stop");
    System.out.flush();
    stopped.await();
  }
}
