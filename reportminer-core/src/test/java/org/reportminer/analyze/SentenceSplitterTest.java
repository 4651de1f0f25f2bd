package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> texts(String s) {
    return splitter.split(s).stream().map(Sentence::text).toList();
  }

  @Test
  void splitsAtTerminalsAndLineBreaksKeepingClosingQuotes() {
    assertEquals(List.of("一是开展宣传。", "二是“发放资料！”", "三是总结"), texts("一是开展宣传。二是“发放资料！”\n三是总结"));
  }

  @Test
  void dropsIdeographicAndAsciiSpacesAroundSentences() {
    List<Sentence> s = splitter.split("　　活动开展顺利。\n  \n　结束");
    assertEquals(List.of("活动开展顺利。", "结束"), s.stream().map(Sentence::text).toList());
    assertEquals(2, s.get(0).start());
  }

  @Test
  void cutsLongSentencesAtACommaWithinTheBound() {
    String clause = "区文化体育局组织开展了宣传活动，";
    String text = clause.repeat(30);
    for (Sentence s : new SentenceSplitter(100).split(text)) {
      assertTrue(s.text().length() <= 100);
      assertTrue(s.text().endsWith("，"), s.text());
    }
  }

  @Test
  void hardCutsNeverSplitASurrogatePair() {
    String text = "𠀀".repeat(200); // U+20000, two chars each
    for (Sentence s : new SentenceSplitter(51).split(text)) {
      assertTrue(s.text().length() <= 51);
      assertFalse(Character.isLowSurrogate(s.text().charAt(0)), "cut inside a surrogate pair");
    }
  }

  @Test
  void rejectsAUselessBound() {
    assertThrows(IllegalArgumentException.class, () -> new SentenceSplitter(3));
  }

  @Test
  void sentencesPointAtTheTextCoverEveryLetterAndRespectTheBound() {
    Random random = new Random(1);
    String alphabet = "区局年月。！？；，、\n 　“”abc12𠀀";
    for (int round = 0; round < 1000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(400); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      boolean[] covered = new boolean[text.length()];
      int last = 0;
      for (Sentence s : new SentenceSplitter(40).split(text)) {
        assertEquals(text.substring(s.start(), s.end()), s.text());
        assertTrue(s.text().length() <= 40);
        assertTrue(s.start() >= last);
        last = s.end();
        for (int k = s.start(); k < s.end(); k++) {
          covered[k] = true;
        }
      }
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (!Character.isWhitespace(c) && c != '　') {
          assertTrue(covered[k], "char " + k + " of " + text + " is in no sentence");
        }
      }
    }
  }
}
