package org.reportminer.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportminer.model.RecordJson;
import org.reportminer.model.ReportId;

/**
 * The hand judgments of which reports are on the same topic
 * (reportminer-eval/src/test/resources/similar: {@code judgments.json} as the annotator wrote it,
 * keyed by the report ids of their copy of the archive, and {@code reports.tsv}, which names each
 * of those ids by its file under the archive folder and part number, the key that does not
 * depend on where the archive lies).
 *
 * <p>Seeds are the judged reports with at least one same-topic other. They are split once and
 * for all into a development half and a test half: sorted by the SHA-256 of their judged id, every
 * other seed (the first, third …) is a development seed. Immutable.
 *
 * @param topics the annotator's topic of every judged report, by key
 * @param same the reports judged on the same topic as each report, by key
 * @param titles the title each key had in the judged copy (to check that ours is the same report)
 */
public record SimilarJudgments(Map<String, String> topics, Map<String, Set<String>> same,
    Map<String, String> titles) {

  /** Which half of the seeds a seed is in. */
  public enum Half { DEV, TEST }

  /** Loads {@code dir}/judgments.json and {@code dir}/reports.tsv. */
  public static SimilarJudgments load(Path dir) throws IOException {
    Map<String, List<String>> keysById = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("reports.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3) {
        throw new IOException("reports.tsv: expected id, key, title: " + line);
      }
      keysById.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells[1]);
      titles.put(cells[1], cells[2]);
    }
    JsonNode root = RecordJson.mapper().readTree(dir.resolve("judgments.json").toFile());
    Map<String, String> topics = new LinkedHashMap<>();
    Map<String, Set<String>> same = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = firstKey(keysById, e.getKey());
      Set<String> others = new LinkedHashSet<>();
      for (JsonNode id : e.getValue().path("same")) {
        others.add(firstKey(keysById, id.asText()));
      }
      topics.put(key, e.getValue().path("topic").asText());
      same.put(key, others);
    }
    return new SimilarJudgments(topics, same, titles);
  }

  /**
   * The key of a judged id: one id names two files when two saved pages carry the same URL (a
   * report's id comes from its URL when it has one); both are one report, kept under its first key.
   */
  private static String firstKey(Map<String, List<String>> keysById, String id) throws IOException {
    List<String> keys = keysById.get(id);
    if (keys == null) {
      throw new IOException("judged id " + id + " is not in reports.tsv");
    }
    return keys.get(0);
  }

  /** The seeds, in key order of the judgments file. */
  public List<String> seeds() {
    return same.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }

  /**
   * The half of each seed: seeds sorted by the SHA-256 of their key, alternately development and
   * test (the split does not depend on any ranking).
   */
  public Map<String, Half> halves() {
    List<String> sorted = new ArrayList<>(seeds());
    sorted.sort(java.util.Comparator.comparing((String k) -> ReportId.sha256Hex(k.getBytes(StandardCharsets.UTF_8))));
    Map<String, Half> out = new LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.put(sorted.get(i), i % 2 == 0 ? Half.DEV : Half.TEST);
    }
    return out;
  }
}
