package org.reportminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property-style tests of the exact-duplicate normalization over random report-like text. */
class ExactDuplicateHashTest {
  static final String WORDS = "知识产权宣传周活动区文化体育局年月日份人次abcXYZ0123456789〇二";
  static final String NOISE = " 　\n\t，。、；：“”‘’！？,.;:!?\"'()（）《》-—…·";

  static String randomText(Random r, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int k = r.nextInt(10);
      if (k == 0) {
        sb.append(NOISE.charAt(r.nextInt(NOISE.length())));
      } else if (k == 1) {
        sb.append("__");
      } else {
        sb.append(WORDS.charAt(r.nextInt(WORDS.length())));
      }
    }
    return sb.toString();
  }

  /** The same text as another site would print it: full-width ASCII, other blanks, extra spaces. */
  static String reprint(String s, Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        // a placeholder run written another way
        while (i + 1 < s.length() && s.charAt(i + 1) == '_') {
          i++;
        }
        sb.append(new String[] {"××", "＿＿＿", "_", "□□"}[r.nextInt(4)]);
      } else if (c >= '!' && c <= '~' && r.nextBoolean()) {
        sb.append((char) (c + 0xFEE0));
      } else if (c == '，' && r.nextBoolean()) {
        sb.append(", ");
      } else {
        sb.append(c);
      }
      if (r.nextInt(8) == 0) {
        sb.append(r.nextBoolean() ? ' ' : '\n');
      }
    }
    return sb.toString();
  }

  @Test
  void reprintedTextHashesTheSame() {
    Random r = new Random(20230426);
    for (int i = 0; i < 500; i++) {
      String text = randomText(r, 1 + r.nextInt(200));
      String other = reprint(text, r);
      assertEquals(ExactDuplicateHash.normalize(text), ExactDuplicateHash.normalize(other),
          text + " | " + other);
      assertEquals(ExactDuplicateHash.of(text), ExactDuplicateHash.of(other));
    }
  }

  @Test
  void normalizationIsIdempotent() {
    Random r = new Random(7);
    for (int i = 0; i < 500; i++) {
      String n = ExactDuplicateHash.normalize(randomText(r, r.nextInt(100)));
      assertEquals(n, ExactDuplicateHash.normalize(n));
    }
  }

  @Test
  void changingOneWordCharacterChangesTheHash() {
    Random r = new Random(11);
    for (int i = 0; i < 500; i++) {
      String text = randomText(r, 5 + r.nextInt(100)) + "知";
      String changed = text.substring(0, text.length() - 1) + "识";
      assertNotEquals(ExactDuplicateHash.of(text), ExactDuplicateHash.of(changed));
    }
  }

  @Test
  void table() {
    assertEquals("2023年□区举办426活动", ExactDuplicateHash.normalize("2023年，__区举办“4·26”活动。"));
    assertEquals("2023年□区", ExactDuplicateHash.normalize("２０２３年, ××区"));
    assertEquals("二〇二三年xx区", ExactDuplicateHash.normalize("二〇二三年 XX区"));
    assertEquals("𠀋𠀌abc", ExactDuplicateHash.normalize("𠀋 𠀌ＡＢＣ"));
  }
}
