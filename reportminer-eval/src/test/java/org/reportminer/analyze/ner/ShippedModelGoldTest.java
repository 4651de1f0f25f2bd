package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;

/**
 * Pins the shipped model's raw figures (no rules on top) on our hand-made gold: distinct names per
 * report, strict match, micro-averaged. The expected figures are data
 * (reportminer-eval/src/test/resources/ner/shipped-model-gold-figures.json); a retrained model that scores lower
 * fails here, one that scores higher asks for the file to be updated.
 */
class ShippedModelGoldTest {
  private static final double TOLERANCE = 0.005;
  private static final Map<EntityType, String> GOLD_FIELD =
      Map.of(EntityType.ORG, "organizations", EntityType.PERSON, "persons", EntityType.PLACE, "places");

  @Test
  void figuresOnOurGoldMatchThePinnedOnes() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("reportminer-eval/src/test/resources/gold"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      for (JsonNode report : mapper.readTree(file.toFile())) {
        if (!report.has("organizations")) {
          continue;
        }
        String text = report.path("text").asText();
        Map<EntityType, Set<String>> found = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
          found.put(t, new LinkedHashSet<>());
        }
        for (int[] sentence : sentences(text)) {
          for (Mention m :
              recognizer.recognize(text.substring(sentence[0], sentence[1]), List.of(), sentence[0])) {
            found.get(m.type()).add(m.text());
          }
        }
        for (EntityType t : EntityType.values()) {
          Set<String> gold = new LinkedHashSet<>();
          report.path(GOLD_FIELD.get(t)).forEach(n -> gold.add(n.asText()));
          int[] c = counts.get(t);
          for (String name : found.get(t)) {
            c[0] += gold.contains(name) ? 1 : 0;
          }
          c[1] += found.get(t).size();
          c[2] += gold.size();
        }
      }
    }
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("/ner/shipped-model-gold-figures.json")) {
      expected = mapper.readTree(in);
    }
    StringBuilder measured = new StringBuilder();
    for (EntityType t : EntityType.values()) {
      double[] prf = NerScores.prf(counts.get(t)[0], counts.get(t)[1], counts.get(t)[2]);
      measured.append(String.format("%s P=%.3f R=%.3f F1=%.3f; ", t, prf[0], prf[1], prf[2]));
    }
    for (EntityType t : EntityType.values()) {
      double[] prf = NerScores.prf(counts.get(t)[0], counts.get(t)[1], counts.get(t)[2]);
      JsonNode e = expected.path(t.name());
      assertEquals(e.path("precision").asDouble(), prf[0], TOLERANCE, measured.toString());
      assertEquals(e.path("recall").asDouble(), prf[1], TOLERANCE, measured.toString());
      assertEquals(e.path("f1").asDouble(), prf[2], TOLERANCE, measured.toString());
    }
  }

  /** Sentence spans: cut after 。！？；, at line breaks, and at most every 200 chars. */
  static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || i - start >= 199;
      if (end) {
        if (i + 1 > start) {
          out.add(new int[] {start, c == '\n' ? i : i + 1});
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(new int[] {start, text.length()});
    }
    return out;
  }
}
