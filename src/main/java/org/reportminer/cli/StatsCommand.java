package org.reportminer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reportminer.index.IndexStatistics;
import org.reportminer.index.IndexStats;
import org.reportminer.model.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reportminer stats [--index DIR] [--json]}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Reports, pages, exact duplicates and failures of the latest run in an index.")
public final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    IndexStatistics s = IndexStats.of(index.layout());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode o = RecordJson.mapper().createObjectNode();
      o.put("reports", s.reports());
      o.put("pages", s.pages());
      o.put("documents", s.inputs());
      o.put("exactDuplicates", s.exactDuplicates());
      o.put("exactDuplicateGroups", s.exactDuplicateGroups());
      o.put("failures", s.failures());
      ObjectNode reasons = o.putObject("failuresByReason");
      s.failuresByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> reasons.put(e.getKey(), e.getValue()));
      o.put("indexBytes", s.sizeBytes());
      out.println(RecordJson.line(o));
    } else {
      out.printf("reports            %d%n", s.reports());
      out.printf("pages              %d%n", s.pages());
      out.printf("documents          %d%n", s.inputs());
      out.printf("exact duplicates   %d (in %d groups)%n", s.exactDuplicates(), s.exactDuplicateGroups());
      out.printf("failures           %d%n", s.failures());
      s.failuresByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.printf("  %-40s %d%n", e.getKey(), e.getValue()));
      out.printf("index size         %.1f MB%n", s.sizeBytes() / 1e6);
    }
    out.flush();
    return Main.OK;
  }
}
