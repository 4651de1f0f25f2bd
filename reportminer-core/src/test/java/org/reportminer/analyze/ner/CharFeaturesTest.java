package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportminer.nlp.NerText;
import org.reportminer.nlp.Token;

class CharFeaturesTest {

  @Test
  void templatesLookAtNeighboursTypesAndSegmentation() {
    String text = "局长刘晓";
    List<Token> tokens = List.of(new Token("局长", "nnt", 0, 2), new Token("刘晓", "nr", 2, 4));
    String[][] f = CharFeatures.extract(text, tokens);
    assertEquals(4, f.length);
    String[] third = f[2]; // 刘
    assertEquals(CharFeatures.COUNT, third.length);
    assertEquals("a局", third[0]);
    assertEquals("c刘", third[2]);
    assertEquals("e\u0003", third[4]);
    assertEquals("g长刘", third[6]);
    assertEquals("j长刘晓", third[9]);
    assertEquals("kCCC", third[10]);
    assertEquals(List.of("lEnnt", "oE局长", "mBnr", "pB刘晓", "nEnr", "qE刘晓"),
        List.of(third).subList(11, 17));
  }

  @Test
  void characterTypes() {
    String s = "3三a字，\u3000x";
    assertEquals('D', CharFeatures.type(s, 0));
    assertEquals('N', CharFeatures.type(s, 1));
    assertEquals('L', CharFeatures.type(s, 2));
    assertEquals('C', CharFeatures.type(s, 3));
    assertEquals('P', CharFeatures.type(s, 4));
    assertEquals('W', CharFeatures.type(s, 5));
    assertEquals('^', CharFeatures.type(s, -1));
    assertEquals('$', CharFeatures.type(s, s.length()));
  }

  @Test
  void normalizationKeepsLengthAndIsIdempotent() {
    Random random = new Random(7);
    for (int trial = 0; trial < 1000; trial++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        sb.append((char) random.nextInt(0x10000));
      }
      String s = sb.toString();
      String n = NerText.normalize(s);
      assertEquals(s.length(), n.length());
      assertEquals(n, NerText.normalize(n));
    }
    assertEquals("2023年A区 x", NerText.normalize("２０２３年Ａ区\u3000ｘ"));
  }

  @Test
  void uncoveredCharactersStillGetFeatures() {
    String[][] f = CharFeatures.extract("甲乙", List.of(new Token("甲", "n", 0, 1)));
    assertEquals("mSx", f[1][13]);
  }

  @Test
  void clusterTemplatesLookAtTheClustersAroundTheChar() {
    CharClusters clusters = CharClustersTest.table("王李刘", "局市", "长");
    String text = "局长刘晓";
    List<Token> tokens = List.of(new Token("局长", "nnt", 0, 2), new Token("刘晓", "nr", 2, 4));
    String[][] f = CharFeatures.extract(text, tokens, clusters);
    assertEquals(CharFeatures.COUNT + CharFeatures.CLUSTER_COUNT, f[2].length);
    // the first 17 are those without clusters
    assertEquals(List.of(CharFeatures.extract(text, tokens)[2]), List.of(f[2]).subList(0, CharFeatures.COUNT));
    // 刘 (cluster 0) between 局长 (1, 2) and 晓 (unknown: 3) and the end (EOS: 5)
    assertEquals(List.of("r1", "s2", "t0", "u3", "v5", "w2/0", "x0/3"),
        List.of(f[2]).subList(CharFeatures.COUNT, f[2].length));
    assertEquals(List.of("r4", "s4", "t1", "u2", "v0", "w4/1", "x1/2"),
        List.of(f[0]).subList(CharFeatures.COUNT, f[0].length)); // BOS: 4
  }
}
