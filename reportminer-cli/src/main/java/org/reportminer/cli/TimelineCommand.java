package org.reportminer.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.search.DateBucket;
import org.reportminer.search.ResearchCsv;
import org.reportminer.search.ResearchJson;
import org.reportminer.search.ResearchText;
import org.reportminer.search.Timeline;
import org.reportminer.search.TimelineCounter;
import org.reportminer.search.TimelineRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer timeline [QUERY...] [--by year|quarter|month] [filters] [--format]}: matching
 * reports per bucket of publication date, one column per query, through {@link TimelineCounter}.
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Matching reports per year, quarter or month of publication, one column per query.",
      "",
      "Each QUERY is a search query (quote it in the shell); without one, every report the",
      "filters let through is counted. Reports without a date, and reports dated more coarsely",
      "than a bucket (only a year on a month timeline), are counted on rows of their own."
    })
public final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin FilterOptions filters;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Queries to compare (at most 8).")
  List<String> queries = List.of();

  @Option(names = "--by", paramLabel = "BUCKET", defaultValue = "year",
      description = "year, quarter or month (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or csv (UTF-8 with BOM, for Excel) (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    return run(spec, index, queries, filters, by, format, "timeline");
  }

  /** Counts and prints a timeline; {@code search --by} calls this too. */
  static int run(CommandSpec spec, IndexOption index, List<String> queries, FilterOptions filters,
      String by, String format, String command) throws IOException {
    return ResearchOutput.run(spec, index, command, format,
        () -> new TimelineRequest(queries, filters.request(null), DateBucket.byName(by)),
        (archive, request) -> {
          Timeline t = archive.timeline(request);
          return new ResearchOutput.Writers(out -> ResearchText.timeline(t, out),
              () -> ResearchJson.timeline(t), out -> ResearchCsv.timeline(t, out));
        });
  }
}
