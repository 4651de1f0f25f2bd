package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the whitespace normalizer and table cases for joining and width. */
class TextUtilTest {
  private static final String ALPHABET = " \t\n\r\u00A0\u3000\u200B\uFEFFa工作，。１2𠀀";

  @Test
  void normalizeIsIdempotentTrimmedAndSingleSpaced() {
    Random r = new Random(7);
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String once = TextUtil.normalize(b.toString());
      assertEquals(once, TextUtil.normalize(once), "idempotent");
      assertFalse(once.startsWith(" ") || once.endsWith(" "), "trimmed: [" + once + "]");
      assertFalse(once.contains("  "), "single spaces");
      for (char c : once.toCharArray()) {
        assertFalse(c != ' ' && TextUtil.isSpace(c), "only ASCII spaces remain");
      }
      // non-space characters survive in order (surrogate pairs intact)
      assertEquals(b.toString().replaceAll("[\\s\u00A0\u3000\u200B\uFEFF]", ""), once.replace(" ", ""));
    }
  }

  @Test
  void tableCases() {
    assertEquals("一、 工作 总结", TextUtil.normalize("\u3000\u3000一、\u3000工作\u00A0 \t总结\r\n"));
    assertEquals("实现全县156个行政村", TextUtil.joinLines("实现全县15", "6个行政村"));
    assertEquals("Annual work", TextUtil.joinLines("Annual", "work"));
    assertEquals("工作导向", TextUtil.joinLines("工作导", "向"));
    assertEquals("2023", TextUtil.asciiDigits("２０２３"));
    assertEquals(4, TextUtil.contentChars("“__区”文化，局"));
    assertEquals(1.0, TextUtil.bigramDice("2023年工作总结", "2023年工作总结"));
  }
}
