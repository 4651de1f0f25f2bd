package org.reportminer.cli;

import java.util.List;
import java.util.Map;
import org.reportminer.index.Facet;
import org.reportminer.search.DateArgument;
import org.reportminer.search.QueryException;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SortOrder;
import picocli.CommandLine.Option;

/**
 * The filters ({@code --org --place --person --theme --category --year --from --to}) that
 * {@code search} and the research commands share, so that they filter exactly alike.
 */
final class FilterOptions {
  @Option(names = "--org", paramLabel = "O", description = "Only reports naming this organization (repeatable: all of them).")
  List<String> orgs = List.of();

  @Option(names = "--place", paramLabel = "P", description = "Only reports naming this place (repeatable).")
  List<String> places = List.of();

  @Option(names = "--person", paramLabel = "NAME", description = "Only reports naming this person (repeatable).")
  List<String> persons = List.of();

  @Option(names = "--theme", paramLabel = "T", description = "Only reports with this theme (repeatable).")
  List<String> themes = List.of();

  @Option(names = "--category", paramLabel = "C", description = "Only reports in this category (repeatable).")
  List<String> categories = List.of();

  @Option(names = "--year", paramLabel = "Y", description = "Only reports of this year (repeatable).")
  List<String> years = List.of();

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (2023, 2023-04 or 2023-04-26).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE.")
  String to;

  /** A search request for {@code query} with these filters (first page, no snippets). */
  SearchRequest request(String query) throws QueryException {
    SearchRequest r = applyTo(new SearchRequest(query, null, Map.of(), DateArgument.first(from),
        DateArgument.last(to), SortOrder.RELEVANCE, 10, 1, 0, false));
    for (String y : years) {
      if (!y.matches("[0-9]{4}")) {
        throw new QueryException("--year must be four digits such as 2023, not " + y);
      }
    }
    return r;
  }

  /** {@code r} with these facet filters added (its dates are the caller's). */
  SearchRequest applyTo(SearchRequest r) {
    for (Map.Entry<Facet, List<String>> e : List.of(Map.entry(Facet.ORGANIZATION, orgs),
        Map.entry(Facet.PLACE, places), Map.entry(Facet.PERSON, persons), Map.entry(Facet.THEME, themes),
        Map.entry(Facet.CATEGORY, categories), Map.entry(Facet.YEAR, years))) {
      for (String v : e.getValue()) {
        r = r.withFilter(e.getKey(), v);
      }
    }
    return r;
  }
}
