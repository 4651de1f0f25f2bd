package org.reportminer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The gold of one real page, as the annotators wrote it ({@code <id>.json} beside {@code
 * <id>.html}): what the article's title and publication date are, and probes, short verbatim
 * passages that must (body) or must not (boilerplate) be in the extracted text.
 *
 * <p>A page with several reports (a 范文 page, {@code parts} in the JSON) has the probes of all
 * its parts in {@link #bodyProbes}, and the first part's title when the page has none of its own.
 *
 * @param id the page id (file name without extension)
 * @param html the page file
 * @param url the page's URL when known, else null
 * @param site the site's name
 * @param kind gov, news, blog …
 * @param hasArticle whether the page carries an article at all (a list page does not)
 * @param title the article's title
 * @param published ISO date or null when the page shows none
 * @param bodyProbes body_first, body_last and the body probes
 * @param boilerplateProbes passages of the page that are not the article
 */
public record RealPageGold(
    String id, Path html, String url, String site, String kind, boolean hasArticle, String title,
    String published, List<String> bodyProbes, List<String> boilerplateProbes) {

  public RealPageGold {
    bodyProbes = List.copyOf(bodyProbes);
    boilerplateProbes = List.copyOf(boilerplateProbes);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Every page of {@code dir} (recursively) whose {@code .json} has a sibling page file, sorted by
   * id. A JSON file that does not parse is an error: the set is ours and must be whole.
   */
  public static List<RealPageGold> load(Path dir) throws IOException {
    List<Path> jsons = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(jsons::add);
    }
    List<RealPageGold> out = new ArrayList<>();
    for (Path j : jsons) {
      JsonNode o;
      try {
        o = JSON.readTree(j.toFile());
      } catch (IOException e) {
        throw new IOException("gold file " + j + " does not parse: " + e.getMessage(), e);
      }
      if (!o.has("id") || !o.has("file")) {
        continue; // not a page's gold (e.g. a manifest)
      }
      Path html = j.resolveSibling(o.path("file").asText());
      if (!Files.exists(html)) {
        throw new IOException("gold file " + j + " names " + html + ", which is missing");
      }
      List<String> body = new ArrayList<>();
      List<String> boiler = new ArrayList<>();
      String title = text(o, "title");
      collect(o, body, boiler);
      JsonNode parts = o.path("parts");
      if (parts.isArray()) {
        for (JsonNode p : parts) {
          collect(p, body, boiler);
          if (title == null) {
            title = text(p, "title");
          }
        }
      }
      out.add(new RealPageGold(o.path("id").asText(), html, text(o, "url"), text(o, "site"), text(o, "kind"),
          o.path("has_article").asBoolean(true), title, text(o, "published"), body, boiler));
    }
    out.sort(java.util.Comparator.comparing(RealPageGold::id));
    return out;
  }

  private static void collect(JsonNode o, List<String> body, List<String> boiler) {
    for (String f : new String[] {"body_first", "body_last"}) {
      String t = text(o, f);
      if (t != null && !t.isBlank() && !body.contains(t)) {
        body.add(t);
      }
    }
    o.path("body_probes").forEach(n -> {
      if (!n.asText().isBlank() && !body.contains(n.asText())) {
        body.add(n.asText());
      }
    });
    o.path("boilerplate_probes").forEach(n -> {
      if (!n.asText().isBlank()) {
        boiler.add(n.asText());
      }
    });
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
