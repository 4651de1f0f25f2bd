package org.reportminer.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.reportminer.search.Concordance;
import org.reportminer.search.ConcordanceFinder;
import org.reportminer.search.ConcordanceRequest;
import org.reportminer.search.ConcordanceSort;
import org.reportminer.search.ResearchCsv;
import org.reportminer.search.ResearchJson;
import org.reportminer.search.ResearchText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer concordance QUERY [--width N] [--sort date|left|right] [filters] [--page]
 * [--limit] [--format]}: every occurrence of the query in context, through {@link
 * ConcordanceFinder}.
 */
@Command(
    name = "concordance",
    mixinStandardHelpOptions = true,
    description = {
      "Keyword in context: every occurrence of a word or phrase with its left and right context.",
      "",
      "QUERY uses the search syntax; an occurrence is what a search snippet marks. Lines are",
      "sorted by date (newest report first), or by the left or right neighbour of the match."
    })
public final class ConcordanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin FilterOptions filters;

  @Parameters(arity = "1", paramLabel = "QUERY", description = "The word or phrase.")
  String query;

  @Option(names = "--width", paramLabel = "N", defaultValue = "20",
      description = "Characters of context on each side, 1 to 200 (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date",
      description = "date, left or right (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Lines per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--page", paramLabel = "K", defaultValue = "1", description = "Page number, from 1 (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or csv (UTF-8 with BOM, for Excel) (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    return ResearchOutput.run(spec, index, "concordance", format,
        () -> new ConcordanceRequest(filters.request(query), width, ConcordanceSort.byName(sort),
            page, limit),
        (archive, request) -> {
          Concordance c = archive.concordance(request);
          return new ResearchOutput.Writers(out -> ResearchText.concordance(c, out),
              () -> ResearchJson.concordance(c), out -> ResearchCsv.concordance(c, out));
        });
  }
}
