package org.reportminer.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.reportminer.index.Facet;
import org.reportminer.search.DateBucket;
import org.reportminer.search.EntityProfile;
import org.reportminer.search.EntityProfiler;
import org.reportminer.search.EntityRequest;
import org.reportminer.search.QueryException;
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
 * {@code reportminer entity TYPE NAME [--by] [--limit] [--min-count] [--format]}: an
 * organization's, person's or place's reports over time and the names most associated with it,
 * through {@link EntityProfiler}.
 */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = {
      "An organization, person or place: its reports over time and the organizations, persons,",
      "places and themes named in the same reports, ranked by log-likelihood G2 (names met no",
      "more often than chance, or in fewer than --min-count shared reports, are left out)."
    })
public final class EntityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(index = "0", paramLabel = "TYPE", description = "organization (or org), person or place.")
  String type;

  @Parameters(index = "1", paramLabel = "NAME", description = "The name as the search facets list it.")
  String name;

  @Option(names = "--by", paramLabel = "BUCKET", defaultValue = "year",
      description = "Timeline buckets: year, quarter or month (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Names listed per kind, 1 to 50 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
      description = "Fewest shared reports for a name to be listed (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or csv (the ranked names; UTF-8 with BOM) (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    return ResearchOutput.run(spec, index, "entity", format,
        () -> new EntityRequest(facet(type), name, DateBucket.byName(by), limit, minCount),
        (archive, request) -> {
          EntityProfile p = archive.entity(request);
          return new ResearchOutput.Writers(out -> ResearchText.entity(p, request, out),
              () -> ResearchJson.entity(p, request), out -> ResearchCsv.entity(p, out));
        });
  }

  /** The facet of an entity type as typed (organization, org, person, place). */
  static Facet facet(String type) throws QueryException {
    String t = type == null ? "" : type.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (t) {
      case "organization", "org" -> Facet.ORGANIZATION;
      case "person" -> Facet.PERSON;
      case "place" -> Facet.PLACE;
      default -> throw new QueryException("TYPE must be organization, person or place, not \""
          + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"");
    };
  }
}
