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
}
