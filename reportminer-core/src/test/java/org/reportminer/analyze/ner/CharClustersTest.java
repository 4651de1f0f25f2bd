package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CharClustersTest {

  static CharClusters table(String... groups) {
    short[] ids = new short[Character.MAX_VALUE + 1];
    Arrays.fill(ids, (short) -1);
    for (int g = 0; g < groups.length; g++) {
      for (char c : groups[g].toCharArray()) {
        ids[c] = (short) g;
      }
    }
    return CharClusters.of(ids, groups.length);
  }

  @Test
  void symbolsAreClustersThenUnknownBosAndEos() {
    CharClusters c = table("王李张", "市县省", "1");
    assertEquals(3, c.size());
    assertEquals(6, c.symbolCount());
    String text = "王市x";
    assertEquals(0, c.symbol(text, 0));
    assertEquals(1, c.symbol(text, 1));
    assertEquals(3, c.symbol(text, 2)); // unknown
    assertEquals(4, c.symbol(text, -1)); // BOS
    assertEquals(5, c.symbol(text, 3)); // EOS
    assertEquals(-1, c.clusterOf('x'));
    assertEquals(7, c.charCount());
  }

  @Test
  void fileFormRoundTrips() throws IOException {
    CharClusters c = table("王李张", "市县省", "1a");
    StringWriter w = new StringWriter();
    c.write(w);
    assertTrue(w.toString().startsWith("# reportminer char clusters 3\n"), w.toString());
    CharClusters back = CharClusters.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(3, back.size());
    for (char ch = 0; ch < Character.MAX_VALUE; ch++) {
      assertEquals(c.clusterOf(ch), back.clusterOf(ch));
    }
  }

  @Test
  void badTablesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> table("a\n"));
    assertThrows(IllegalArgumentException.class, () -> table("\ud83d"));
    assertThrows(IOException.class,
        () -> CharClusters.read(new ByteArrayInputStream("王\t0\n".getBytes(StandardCharsets.UTF_8))));
    assertThrows(IOException.class, () -> CharClusters.read(new ByteArrayInputStream(
        "# reportminer char clusters 2\n王\t5\n".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void emptyTableAddsNoTemplates() {
    assertTrue(CharClusters.NONE.isEmpty());
    assertEquals(CharFeatures.COUNT, CharFeatures.count(CharClusters.NONE));
  }
}
