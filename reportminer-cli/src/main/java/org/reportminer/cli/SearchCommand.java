package org.reportminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reportminer.engine.Backend;
import org.reportminer.engine.NoIndexException;
import org.reportminer.search.DateArgument;
import org.reportminer.search.QueryException;
import org.reportminer.search.ResultFormat;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SearchResult;
import org.reportminer.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer search QUERY [filters] [--sort] [--limit] [--page] [--format]}: full-text
 * search of the index (or, with {@code --solr}, of a SolrCloud collection). Converts the options to
 * a {@link SearchRequest}, calls the {@link Backend} and prints the {@link SearchResult} in the
 * chosen {@link ResultFormat}. A bad
 * query, date or page is one line on stderr and exit 2.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Full-text search: Chinese words and phrases, AND/OR/NOT, filters, facets, snippets.",
      "",
      "Words separated by spaces must all occur; OR, AND, NOT (upper case),",
      "-word, parentheses and \"quoted phrases\" (also “…”) work. A run of Chinese matches its",
      "words or the whole run; a quoted phrase matches exactly that text, however it was segmented.",
      "When the full matches do not fill the page, reports matching only some of the words follow,",
      "marked as partial (--no-partial to leave them out); totals and facets count full matches.",
      "--format json prints one JSON line per hit (the report record plus rank, score, snippets,",
      "titleHits), then one summary line with totalHits and facets."
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query (may be left out with --like or filters).")
  String query;

  @Mixin FilterOptions filters;

  @Option(names = "--like", paramLabel = "ID", description = "Reports similar to the report with this id (more like this).")
  String like;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance or date (newest first) (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--page", paramLabel = "K", defaultValue = "1", description = "Page number, from 1 (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--snippets", paramLabel = "N", defaultValue = "2", description = "Snippets per hit, 0 to 5 (default: ${DEFAULT-VALUE}).")
  int snippets;

  @Option(names = "--no-partial",
      description = "Do not list reports matching only some of the words after the full matches.")
  boolean noPartial;

  @Option(names = "--collapse",
      description = "One hit per cluster of near-duplicate reports (the best-ranked one).")
  boolean collapse;

  @Option(names = "--by", paramLabel = "BUCKET",
      description = "Instead of hits, count the matching reports per year, quarter or month (as the timeline command).")
  String by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json (JSON Lines) or csv (UTF-8 with BOM, for Excel) (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (by != null && solr.on()) {
      err.println("reportminer search: --by is not supported with --solr (count with the embedded index)");
      err.flush();
      return Main.USAGE;
    }
    if (by != null && like == null) {
      return TimelineCommand.run(spec, index, query == null ? List.of() : List.of(query),
          filters, by, format, "search");
    }
    try {
      if (by != null) {
        throw new QueryException("--by cannot be combined with --like");
      }
      SearchRequest request = request();
      ResultFormat output = format();
      try (Backend backend = solr.open(index)) {
        SearchResult result = backend.search(request);
        output.write(result, spec.commandLine().getOut());
      }
      return Main.OK;
    } catch (QueryException e) {
      err.println("reportminer search: " + e.getMessage());
    } catch (NoIndexException | IllegalArgumentException e) {
      err.println("reportminer search: " + e.getMessage());
    }
    err.flush();
    return Main.USAGE;
  }

  private SearchRequest request() throws QueryException {
    SortOrder order = switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SortOrder.RELEVANCE;
      case "date" -> SortOrder.DATE;
      default -> throw new QueryException("--sort must be relevance or date, not " + sort);
    };
    return filters.applyTo(new SearchRequest(query, like, java.util.Map.of(),
        DateArgument.first(filters.from), DateArgument.last(filters.to), order, limit, page,
        snippets, !noPartial, collapse));
  }

  private ResultFormat format() throws QueryException {
    try {
      return ResultFormat.byName(format);
    } catch (IllegalArgumentException e) {
      throw new QueryException("--format must be text, json or csv, not " + format);
    }
  }
}
