package org.reportminer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reportminer.engine.ArchiveStats;
import org.reportminer.engine.Backend;
import org.reportminer.engine.NoIndexException;
import org.reportminer.index.IndexStatistics;
import org.reportminer.model.English;
import org.reportminer.model.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer stats [--index DIR | --solr URL --collection NAME] [--json]}: what the index
 * (or the collection) holds.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Reports, pages, exact and near duplicates and failures of the latest run in an index.")
public final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!solr.on() && !ArchiveStats.exists(index.layout())) {
      err.println("reportminer stats: no index in " + index.layout().root() + " (run ingest first)");
      err.flush();
      return Main.USAGE;
    }
    ArchiveStats stats;
    if (solr.on()) {
      try (Backend backend = solr.open(index)) {
        stats = backend.stats();
      } catch (NoIndexException | IllegalArgumentException e) {
        err.println("reportminer stats: " + e.getMessage());
        err.flush();
        return Main.USAGE;
      }
    } else {
      stats = ArchiveStats.of(index.layout());
    }
    IndexStatistics s = stats.index();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode o = RecordJson.mapper().createObjectNode();
      o.put("reports", s.reports());
      o.put("pages", s.pages());
      o.put("documents", s.inputs());
      o.put("exactDuplicates", s.exactDuplicates());
      o.put("exactDuplicateGroups", s.exactDuplicateGroups());
      o.put("nearDuplicates", stats.nearDuplicates());
      o.put("nearDuplicateClusters", stats.nearDuplicateClusters());
      o.put("failures", s.failures());
      ObjectNode reasons = o.putObject("failuresByReason");
      s.failuresByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> reasons.put(e.getKey(), e.getValue()));
      o.put("charsetWarnings", s.charsetWarnings());
      o.put("indexBytes", s.sizeBytes());
      out.println(RecordJson.line(o));
    } else {
      out.printf("reports            %d%n", s.reports());
      out.printf("pages              %d%n", s.pages());
      out.printf("documents          %d%n", s.inputs());
      out.printf("exact duplicates   %d (in %s)%n", s.exactDuplicates(), English.count(s.exactDuplicateGroups(), "group"));
      out.printf("near duplicates    %d (in %s)%n", stats.nearDuplicates(),
          English.count(stats.nearDuplicateClusters(), "cluster"));
      out.printf("failures           %d%n", s.failures());
      s.failuresByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.printf("  %-40s %d%n", e.getKey(), e.getValue()));
      if (s.charsetWarnings() > 0) {
        out.printf("doubtful charset   %d (indexed; listed in the failures log)%n", s.charsetWarnings());
      }
      out.printf("index size         %.1f MB%n", s.sizeBytes() / 1e6);
    }
    out.flush();
    return Main.OK;
  }

}
