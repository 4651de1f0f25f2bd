package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chars in the same contexts share a cluster; the table is the same on every run. */
class CharClustererTest {

  /**
   * Two-char texts, a name char (王李张) then a unit char (省市县), at random: the names share their
   * contexts (the sentence's start before, a unit after) and the units theirs.
   */
  private static List<String> texts() {
    Random random = new Random(3);
    String names = "王李张";
    String units = "省市县";
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      out.add("" + names.charAt(random.nextInt(3)) + units.charAt(random.nextInt(3)));
    }
    return out;
  }

  @Test
  void charsInTheSameContextsShareACluster() {
    CharClusters c = CharClusterer.learn(texts(), 2, 3, 1);
    assertEquals(c.clusterOf('王'), c.clusterOf('李'));
    assertEquals(c.clusterOf('王'), c.clusterOf('张'));
    assertEquals(c.clusterOf('省'), c.clusterOf('市'));
    assertEquals(c.clusterOf('省'), c.clusterOf('县'));
    assertNotEquals(c.clusterOf('王'), c.clusterOf('省'));
  }

  @Test
  void rareCharsStayOutAndRunsAgree() {
    List<String> texts = new ArrayList<>(texts());
    texts.add("罕");
    CharClusters a = CharClusterer.learn(texts, 4, 3, 7);
    CharClusters b = CharClusterer.learn(texts, 4, 3, 7);
    assertEquals(-1, a.clusterOf('罕'));
    for (char ch = 0; ch < Character.MAX_VALUE; ch++) {
      assertEquals(a.clusterOf(ch), b.clusterOf(ch));
    }
  }

  @Test
  void tooFewCharsForKIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> CharClusterer.learn(List.of("甲乙甲乙甲乙"), 3, 3, 1));
  }
}
