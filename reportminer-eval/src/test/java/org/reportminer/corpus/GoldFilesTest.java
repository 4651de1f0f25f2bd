package org.reportminer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the corpus and its hand-made gold honest as they change: every corpus document has a
 * gold file and a line in corpus/README.md, every gold file parses and has the fields of the
 * JSON record (docs/ARCHITECTURE.md), and every annotated mention, date, number, theme and section heading really
 * occurs in its report's gold text.
 */
class GoldFilesTest {
  private static final Path CORPUS = Paths.get("corpus");
  private static final Path GOLD = Paths.get("reportminer-eval", "src", "test", "resources", "gold");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** ISO dates, months, years, EDTF unspecified digits (20XX-04) and ranges of those. */
  private static final Pattern DATE_VALUE =
      Pattern.compile("(\\d{2}[\\dX]{2}(-[\\dX]{2}){0,2})(/\\d{2}[\\dX]{2}(-[\\dX]{2}){0,2})?");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static List<String> corpusFiles() throws IOException {
    try (Stream<Path> s = Files.walk(CORPUS)) {
      return s.filter(Files::isRegularFile)
          .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("README.md"))
          .sorted()
          .toList();
    }
  }

  private static List<String> goldFiles() throws IOException {
    try (Stream<Path> s = Files.walk(GOLD)) {
      return s.filter(p -> p.toString().endsWith(".json"))
          .map(p -> GOLD.relativize(p).toString().replace('\\', '/'))
          .map(p -> p.substring(0, p.length() - ".json".length()))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyCorpusDocumentHasGoldAndEveryGoldHasADocument() throws IOException {
    List<String> docs = corpusFiles();
    assertTrue(docs.size() >= 24, "at least 24 corpus documents, found " + docs.size());
    assertEquals(docs, goldFiles(), "corpus files and gold files must match one to one");
  }

  @Test
  void readmeListsEveryCorpusFile() throws IOException {
    String readme = Files.readString(CORPUS.resolve("README.md"), StandardCharsets.UTF_8);
    for (String doc : corpusFiles()) {
      assertTrue(readme.contains("`" + doc + "`"), "corpus/README.md does not list " + doc);
    }
  }

  @Test
  void goldFilesAreWellFormedAndMentionsOccurInTheirText() throws IOException {
    int reports = 0;
    int analyzed = 0;
    List<String> problems = new ArrayList<>();
    for (String doc : goldFiles()) {
      JsonNode array = JSON.readTree(GOLD.resolve(doc + ".json").toFile());
      if (!array.isArray() || array.isEmpty()) {
        problems.add(doc + ": not a non-empty JSON array");
        continue;
      }
      String page = null;
      int expectedPart = 1;
      for (JsonNode r : array) {
        reports++;
        String where = doc + " #" + reports;
        JsonNode src = r.path("source");
        String thisPage = src.path("entry").asText(src.path("url").asText(""));
        if (!thisPage.equals(page)) {
          page = thisPage;
          expectedPart = 1;
        }
        if (src.path("part").asInt() != expectedPart++
            || src.path("parts").asInt() < src.path("part").asInt()) {
          problems.add(where + ": source part/parts out of order: " + src);
        }
        checkExtractionFields(r, where, problems);
        if (r.has("organizations")) {
          analyzed++;
          checkAnalysisFields(r, where, problems);
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " problems:\n" + String.join("\n", problems));
    }
    assertTrue(reports >= 45, "at least 45 gold reports, found " + reports);
    assertTrue(analyzed >= 35, "at least 35 reports with analysis gold, found " + analyzed);
  }

  private static void checkExtractionFields(JsonNode r, String where, List<String> problems) {
    if (r.path("title").asText("").isBlank()) {
      problems.add(where + ": no title");
    }
    JsonNode published = r.get("published");
    if (published == null || !(published.isNull() || ISO_DAY.matcher(published.asText()).matches())) {
      problems.add(where + ": published must be null or YYYY-MM-DD");
    }
    if (!r.path("category").isArray()) {
      problems.add(where + ": category must be an array");
    }
    String text = r.path("text").asText("");
    if (text.isBlank()) {
      problems.add(where + ": empty text");
    }
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty() || !line.equals(line.strip())) {
        problems.add(where + ": text lines must be trimmed and non-empty: [" + line + "]");
      }
    }
    int from = 0;
    for (JsonNode s : r.path("sections")) {
      String heading = s.path("heading").asText("");
      int level = s.path("level").asInt();
      int at = text.indexOf(heading, from);
      if (heading.isBlank() || at < 0) {
        problems.add(where + ": section heading not found in order: " + heading);
      } else {
        from = at + heading.length();
        if (at != 0 && text.charAt(at - 1) != '\n') {
          problems.add(where + ": section heading does not start a paragraph: " + heading);
        }
      }
      if (level < 1 || level > 4) {
        problems.add(where + ": section level out of range: " + s);
      }
    }
  }

  private static void checkAnalysisFields(JsonNode r, String where, List<String> problems) {
    String text = r.path("text").asText();
    for (String field : List.of("organizations", "persons", "places", "themes")) {
      JsonNode list = r.get(field);
      if (list == null || !list.isArray()) {
        problems.add(where + ": missing " + field);
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (JsonNode n : list) {
        String name = n.asText();
        if (!seen.add(name)) {
          problems.add(where + ": " + field + " lists " + name + " twice");
        }
        if (name.isBlank() || !text.contains(name)) {
          problems.add(where + ": " + field + " entry not in text: " + name);
        }
      }
    }
    for (JsonNode d : r.path("dates")) {
      String t = d.path("text").asText("");
      if (t.isBlank() || !text.contains(t)) {
        problems.add(where + ": date text not in text: " + t);
      }
      if (!DATE_VALUE.matcher(d.path("value").asText("")).matches()) {
        problems.add(where + ": date value not ISO/EDTF: " + d);
      }
    }
    for (JsonNode n : r.path("numbers")) {
      String t = n.path("text").asText("");
      if (t.isBlank() || !text.contains(t)) {
        problems.add(where + ": number text not in text: " + t);
      }
      if (!n.path("value").isNumber() || !n.path("approx").isBoolean() || !n.has("unit")) {
        problems.add(where + ": number needs numeric value, unit and boolean approx: " + n);
      }
    }
    if (!r.path("dates").isArray() || !r.path("numbers").isArray()) {
      problems.add(where + ": dates and numbers must be arrays");
    }
    assertFalse(text.isEmpty());
  }
}
