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
 * The filters of {@code search} ({@code --org --place --person --theme --category --year --from
 * --to}) for the research commands, which filter exactly as search does.
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

  /** Filters given as values (for {@code search --by}, whose options are its own). */
  static FilterOptions of(List<String> orgs, List<String> places, List<String> persons,
      List<String> themes, List<String> categories, List<String> years, String from, String to) {
    FilterOptions f = new FilterOptions();
    f.orgs = orgs;
    f.places = places;
    f.persons = persons;
    f.themes = themes;
    f.categories = categories;
    f.years = years;
    f.from = from;
    f.to = to;
    return f;
  }

  /** A search request for {@code query} with these filters (first page, no snippets). */
  SearchRequest request(String query) throws QueryException {
    SearchRequest r = new SearchRequest(query, null, Map.of(), DateArgument.first(from),
        DateArgument.last(to), SortOrder.RELEVANCE, 10, 1, 0, false);
    for (Map.Entry<Facet, List<String>> e : Map.of(Facet.ORGANIZATION, orgs, Facet.PLACE, places,
        Facet.PERSON, persons, Facet.THEME, themes, Facet.CATEGORY, categories, Facet.YEAR, years)
        .entrySet()) {
      for (String v : e.getValue()) {
        r = r.withFilter(e.getKey(), v);
      }
    }
    for (String y : years) {
      if (!y.matches("[0-9]{4}")) {
        throw new QueryException("--year must be four digits such as 2023, not " + y);
      }
    }
    return r;
  }
}
