package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.NerText;
import org.reportminer.nlp.Segmenter;
import org.reportminer.nlp.Token;

/**
 * The compiled look-up finds for every char exactly the features the model's feature map gives
 * the feature strings of {@link CharFeatures#extract} (each compiled feature has its own offset),
 * and exactly the emission scores their weights sum to in that order: on every sentence of the gold texts with HanLP's real segmentation, and on random text (boundary chars, Latin, digits, punctuation, surrogates, NUL, chars
 * no token covers, overlapping tokens) where absent features and boundaries are frequent.
 */
class CompiledFeaturesTest {
  private static final NerModel MODEL = PerceptronEntityRecognizer.shippedModel();
  private static final FeatureMap MAP = MODEL.linearModel().featureMap;
  private static final float[] WEIGHTS = MODEL.linearModel().parameter;
  private static final int TAGS = MAP.tagSet.size();
  private static final CompiledFeatures COMPILED =
      new CompiledFeatures(MAP.entrySet(), MAP::idOf, WEIGHTS, TAGS);

  @Test
  void goldSentencesGetTheIdsOfTheirFeatureStrings() throws IOException {
    Segmenter segmenter = HanlpSegmenter.plain();
    int chars = 0;
    int found = 0;
    for (String sentence : goldSentences()) {
      String text = NerText.normalize(sentence);
      int[] ids = assertSameIds(text, segmenter.segment(text));
      chars += text.length();
      for (int id : ids) {
        found += id >= 0 ? 1 : 0;
      }
    }
    assertTrue(chars > 10_000, "gold sentences read: " + chars + " chars");
    // most templates hit for most chars; a broken compilation would find next to nothing
    assertTrue(found > chars * CharFeatures.COUNT / 2, found + " features found");
  }

  @Test
  void randomTextGetsTheIdsOfItsFeatureStrings() {
    Random random = new Random(11);
    String alphabet = "局长刘晓在深圳市区街道办事处__年4·26，。ab1２　\u0002\u0003\u0000\ud83d\ude00x";
    String[] natures = {"n", "ns", "nt", "nr", "v", "m", "w", "x", "nis", "no-such-nature"};
    for (int trial = 0; trial < 2000; trial++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1 + random.nextInt(25); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      List<Token> tokens = new ArrayList<>();
      for (int i = 0; i < text.length(); ) {
        int len = Math.min(text.length() - i, 1 + random.nextInt(3));
        if (random.nextInt(10) > 0) { // now and then a char no token covers
          int start = random.nextInt(20) == 0 ? Math.max(0, i - 1) : i; // or an overlap
          tokens.add(new Token(text.substring(start, i + len), natures[random.nextInt(natures.length)], start, i + len));
        }
        i += len;
      }
      assertSameIds(text, tokens);
    }
  }

  private static int[] assertSameIds(String text, List<Token> tokens) {
    return assertSameIds(
        COMPILED, CompiledFeaturesTest::idOf, WEIGHTS, TAGS, CharClusters.NONE, text, tokens);
  }

  private static int[] assertSameIds(
      CompiledFeatures compiled,
      ToIntFunction<String> idOf,
      float[] weights,
      int tags,
      CharClusters clusters,
      String text,
      List<Token> tokens) {
    String[][] strings = CharFeatures.extract(text, tokens, clusters);
    int count = CharFeatures.count(clusters);
    int[] ids = compiled.offsets(text, tokens);
    assertEquals(strings.length * count, ids.length, text);
    for (int i = 0; i < strings.length; i++) {
      assertEquals(count, strings[i].length);
      for (int f = 0; f < count; f++) {
        String feature = strings[i][f];
        int id = idOf.applyAsInt(feature);
        // every feature the map knows was compiled (its own offset), and the look-up finds it
        assertEquals(id >= 0, compiled.offsetOf(id) >= 0, () -> escape(feature));
        assertEquals(compiled.offsetOf(id), ids[i * count + f], () -> escape(text + " " + tokens + ": " + feature));
      }
    }
    double[] emissions = compiled.emissions(text, tokens);
    assertEquals(strings.length * tags, emissions.length);
    for (int i = 0; i < strings.length; i++) {
      double[] expected = new double[tags];
      for (String feature : strings[i]) {
        int id = idOf.applyAsInt(feature);
        for (int k = 0; id >= 0 && k < tags; k++) {
          expected[k] += weights[id * tags + k];
        }
      }
      for (int k = 0; k < tags; k++) {
        assertEquals(expected[k], emissions[i * tags + k], 0.0, text);
      }
    }
    return ids;
  }

  /**
   * A model with the cluster templates: a feature map made of the feature strings (with clusters)
   * of the gold sentences and of random text, a fifth of them left out so that absent features
   * occur, with random weights; the compiled look-up must find the same ids and sums as the map.
   */
  @Test
  void clusterTemplatesGetTheIdsOfTheirFeatureStrings() throws IOException {
    short[] table = new short[Character.MAX_VALUE + 1];
    java.util.Arrays.fill(table, (short) -1);
    String clustered = "局长刘晓在深圳市区街道办事处年ab1王李张会议的是了";
    for (int i = 0; i < clustered.length(); i++) {
      table[clustered.charAt(i)] = (short) (i % 7);
    }
    CharClusters clusters = CharClusters.of(table, 7);
    Random random = new Random(5);
    Segmenter segmenter = HanlpSegmenter.plain();
    List<String> texts = new ArrayList<>();
    List<List<Token>> tokenLists = new ArrayList<>();
    for (String sentence : goldSentences().subList(0, 300)) {
      String text = NerText.normalize(sentence);
      texts.add(text);
      tokenLists.add(segmenter.segment(text));
    }
    String alphabet = "局长刘晓在深圳市区街道办事处__年4·26，。ab1２　\u0002\u0003\ud83d\ude00x王李张";
    for (int trial = 0; trial < 500; trial++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1 + random.nextInt(20); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      texts.add(text);
      tokenLists.add(List.of(new Token(text, "n", 0, text.length())));
    }
    int tags = 13;
    Map<String, Integer> map = new java.util.LinkedHashMap<>();
    for (int t = 0; t < texts.size(); t++) {
      for (String[] features : CharFeatures.extract(texts.get(t), tokenLists.get(t), clusters)) {
        for (String feature : features) {
          if (random.nextInt(5) > 0 && feature.indexOf('\u0000') < 0) {
            map.putIfAbsent(feature, map.size());
          }
        }
      }
    }
    float[] weights = new float[map.size() * tags];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = random.nextFloat() - 0.5f;
    }
    ToIntFunction<String> idOf = f -> map.getOrDefault(f, -1);
    CompiledFeatures compiled = new CompiledFeatures(map.entrySet(), idOf, weights, tags, clusters);
    assertEquals(CharFeatures.COUNT + CharFeatures.CLUSTER_COUNT, compiled.count());
    for (int t = 0; t < texts.size(); t++) {
      assertSameIds(compiled, idOf, weights, tags, clusters, texts.get(t), tokenLists.get(t));
    }
    // the same map without its table is refused, not read without its cluster features
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new CompiledFeatures(map.entrySet(), idOf, weights, tags));
    assertTrue(e.getMessage().contains("no cluster table"), e.getMessage());
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < ' ' || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }

  private static int idOf(String feature) {
    if (feature.indexOf('\u0000') >= 0) {
      return -1; // HanLP's map fails on NUL; no feature of the model holds one
    }
    int id = MAP.idOf(feature);
    return id < 0 ? -1 : id;
  }

  @Test
  void featuresOfOtherShapesAreIgnored() {
    CompiledFeatures compiled =
        new CompiledFeatures(List.of(Map.entry("BL=B-nt", 0), Map.entry("c", 1), Map.entry("a局", 2)), f -> -1, new float[] {0.5f, 1.5f, 2.5f}, 1);
    String text = "局长刘";
    int[] offsets = compiled.offsets(text, List.of(new Token(text, "n", 0, 3)));
    assertEquals(3 * CharFeatures.COUNT, offsets.length);
    assertEquals(-1, compiled.offsetOf(0));
    assertEquals(-1, compiled.offsetOf(1));
    for (int f = 0; f < offsets.length; f++) {
      // a局 is template a (the char two before) of the third char; nothing else is known
      assertEquals(f == 2 * CharFeatures.COUNT ? compiled.offsetOf(2) : -1, offsets[f], "feature " + f);
    }
    assertTrue(compiled.offsetOf(2) >= 0);
    assertEquals(List.of(0.0, 0.0, 2.5), java.util.Arrays.stream(compiled.emissions(text, List.of(new Token(text, "n", 0, 3)))).boxed().toList());
  }

  /** The gold texts cut into sentences. */
  static List<String> goldSentences() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("reportminer-eval/src/test/resources/gold"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      for (JsonNode report : mapper.readTree(file.toFile())) {
        for (String s : report.path("text").asText().split("(?<=[。！？；\n])")) {
          if (!s.isBlank()) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }
}
