package org.reportminer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.dedup.DuplicateCluster;
import org.reportminer.dedup.DuplicateClusterFormat;
import org.reportminer.engine.Backend;
import org.reportminer.engine.NoIndexException;
import org.reportminer.model.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer dups}: lists the clusters of near-duplicate reports in the index (or, with
 * {@code --solr}, in a SolrCloud collection).
 */
@Command(
    name = "dups",
    mixinStandardHelpOptions = true,
    description = "List clusters of near-duplicate reports, with their similarity to the representative.")
public final class DupsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Option(names = "--min-similarity", paramLabel = "S", defaultValue = "0.6",
      description = "Only members at least this similar (Jaccard of shingles) to the representative (default: ${DEFAULT-VALUE}; below the ingest threshold has no effect).")
  double minSimilarity;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (JSON Lines, one cluster per line) (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (minSimilarity <= 0 || minSimilarity > 1 || !(format.equals("text") || format.equals("json"))) {
      err.println("reportminer dups: --min-similarity must be in (0, 1] and --format text or json");
      return Main.USAGE;
    }
    List<DuplicateCluster> clusters;
    try (Backend backend = solr.open(index)) {
      clusters = backend.duplicates(minSimilarity);
    } catch (NoIndexException | IllegalArgumentException e) {
      err.println("reportminer dups: " + e.getMessage());
      return Main.USAGE;
    }
    if (format.equals("json")) {
      clusters.forEach(c -> out.println(RecordJson.line(DuplicateClusterFormat.json(c))));
    } else {
      out.print(DuplicateClusterFormat.text(clusters));
    }
    out.flush();
    return Main.OK;
  }
}
