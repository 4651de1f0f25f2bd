package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {
  private static final String P = String.valueOf(TextNormalizer.PLACEHOLDER);
  private final TextNormalizer normalizer = new TextNormalizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "２０２３年４月２６日|2023年4月26日",
        "2023年4·26世界知识产权日|2023年426世界知识产权日",
        "2023年4.26世界知识产权日|2023年426世界知识产权日",
        "知识　产权  宣传\t周|知识产权宣传周",
        "取得了良好的社会效果。|取得了良好的社会效果",
        "“保护知识产权，打击侵权盗版”|保护知识产权打击侵权盗版",
        "\"保护知识产权,打击侵权盗版\"|保护知识产权打击侵权盗版",
        "（一）开展竞赛；|一开展竞赛",
        "㈠开展竞赛|一开展竞赛",
        "ＡＢＣ公司|abc公司",
        "1000余份|1000余份",
        "百分之五|百分之五",
        "二〇二三年|二〇二三年",
        "Xbox游戏|xbox游戏",
        "3x3篮球|3x3篮球",
        "box__|box\uE000",
        "__xyz|\uE000xyz",
      })
  void normalizesChineseForms(String input, String expected) {
    assertEquals(expected, normalizer.normalize(input).text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "__区", "____区", "＿＿区", "_ _ _区", "XX区", "xx区", "ＸＸ区", "×××区", "□□区", "20__区",
        "20XX区", "20xx区", "２０＿＿区", "**区"
      })
  void everyPlaceholderBecomesOneToken(String input) {
    assertEquals(P + "区", normalizer.normalize(input).text());
  }

  @Test
  void singleXIsAPlaceholderOnlyBesideChinese() {
    assertEquals(P + "月" + P + "日", normalizer.normalize("X月X日").text());
    assertEquals("x", normalizer.normalize("x").text());
  }

  @Test
  void placeholderTokenSpansTheWholeOriginalBlank() {
    NormalizedText n = normalizer.normalize("在20__年__区");
    assertEquals("在" + P + "年" + P + "区", n.text());
    assertEquals(1, n.originalStart(1));
    assertEquals(5, n.originalEnd(2));
    assertEquals(6, n.originalStart(3));
    assertEquals(8, n.originalEnd(4));
  }

  @Test
  void surrogatePairsStayWholeAndMapToBothUnits() {
    String s = "甲 𠀀乙";
    NormalizedText n = normalizer.normalize(s);
    assertEquals("甲𠀀乙", n.text());
    assertEquals(2, n.originalStart(1));
    assertEquals(2, n.originalStart(2));
    assertEquals(4, n.originalEnd(2));
    assertEquals(4, n.originalEnd(3));
    assertEquals("𠀀", s.substring(n.originalStart(2), n.originalEnd(3)));
  }

  @Test
  void offsetsMapSpansBackToTheOriginal() {
    String s = "一、分工明确，　组织有序\n本次活动";
    NormalizedText n = normalizer.normalize(s);
    assertEquals("一分工明确组织有序本次活动", n.text());
    int a = n.text().indexOf("组织");
    int b = n.text().indexOf("活动") + 2;
    assertEquals("组织有序\n本次活动", s.substring(n.originalStart(a), n.originalEnd(b)));
    assertEquals(s.indexOf("组织"), n.originalStart(a));
    assertEquals(n.text().indexOf("本次"), n.normalizedIndex(s.indexOf("本次")));
    assertEquals(n.text().indexOf("本次"), n.normalizedIndex(s.indexOf("\n")));
  }

  @Test
  void emptyAndBlankTextNormalizeToNothing() {
    assertEquals("", normalizer.normalize("").text());
    NormalizedText blank = normalizer.normalize(" \u3000\n，。");
    assertEquals("", blank.text());
    assertEquals(0, blank.originalEnd(0));
  }

  // ---- property-style tests over random text ----

  private static final String PALETTE =
      "知识产权宣传周活动总结区局年月日一二三〇的了在和"
          + "0123456789０１２３abcXYZａｂ"
          + "，。、；：！？“”（）《》·.,;:!?\"()-—…%"
          + " \u3000\t\n\u00A0\u200B_＿xX×*□"
          + "㈠①ﬁＡ";
  private static final String[] SUPPLEMENTARY = {"𠀀", "𪚥", "😀"};

  static String randomText(Random rnd, int maxLength) {
    StringBuilder sb = new StringBuilder();
    int len = rnd.nextInt(maxLength + 1);
    for (int i = 0; i < len; i++) {
      if (rnd.nextInt(20) == 0) {
        sb.append(SUPPLEMENTARY[rnd.nextInt(SUPPLEMENTARY.length)]);
      } else {
        sb.append(PALETTE.charAt(rnd.nextInt(PALETTE.length())));
      }
    }
    return sb.toString();
  }

  @Test
  void normalizingTwiceChangesNothing() {
    Random rnd = new Random(11);
    for (int t = 0; t < 5000; t++) {
      String s = randomText(rnd, 60);
      String once = normalizer.normalize(s).text();
      assertEquals(once, normalizer.normalize(once).text(), () -> "input: " + s);
    }
  }

  @Test
  void offsetsAreMonotoneInRangeAndNeverSplitASurrogatePair() {
    Random rnd = new Random(12);
    for (int t = 0; t < 5000; t++) {
      String s = randomText(rnd, 60);
      NormalizedText n = normalizer.normalize(s);
      int prevStart = 0;
      int prevEnd = 0;
      for (int i = 0; i < n.length(); i++) {
        int a = n.originalStart(i);
        int b = n.originalEnd(i + 1);
        assertTrue(0 <= a && a < b && b <= s.length(), "range of char " + i + " in " + s);
        assertTrue(a >= prevStart && b >= prevEnd, "monotone at " + i + " in " + s);
        assertTrue(!Character.isLowSurrogate(s.charAt(a)) || a == 0
            || !Character.isHighSurrogate(s.charAt(a - 1)), "start splits a pair in " + s);
        assertTrue(b == s.length() || !Character.isLowSurrogate(s.charAt(b))
            || !Character.isHighSurrogate(s.charAt(b - 1)), "end splits a pair in " + s);
        prevStart = a;
        prevEnd = b;
      }
    }
  }

  @Test
  void everyNormalizedCharComesFromItsOriginalRange() {
    Random rnd = new Random(13);
    for (int t = 0; t < 5000; t++) {
      String s = randomText(rnd, 60);
      NormalizedText n = normalizer.normalize(s);
      for (int i = 0; i < n.length(); i++) {
        char c = n.text().charAt(i);
        String piece = s.substring(n.originalStart(i), n.originalEnd(i + 1));
        String renormalized = normalizer.normalize(piece).text();
        int index = i;
        if (c == TextNormalizer.PLACEHOLDER) {
          assertTrue(piece.chars().anyMatch(ch -> "_＿xXｘＸ×*＊□".indexOf(ch) >= 0),
              () -> "placeholder " + index + " from '" + piece + "' of " + s);
          continue;
        }
        assertTrue(
            renormalized.indexOf(c) >= 0,
            () -> "char " + index + " '" + c + "' not in its source '" + piece + "' of " + s);
      }
    }
  }

  @Test
  void fullWidthFormsAndWhitespaceDoNotChangeTheResult() {
    Random rnd = new Random(14);
    String plain = "知识产权宣传周活动总结区局年月日的了在和0123456789abc，。：！？（）";
    for (int t = 0; t < 2000; t++) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      int len = rnd.nextInt(50);
      for (int i = 0; i < len; i++) {
        char c = plain.charAt(rnd.nextInt(plain.length()));
        a.append(c);
        b.append(rnd.nextBoolean() ? toFullWidthOrHalf(c) : c);
        if (rnd.nextInt(5) == 0) {
          b.append(" \u3000\n\t".charAt(rnd.nextInt(4)));
        }
      }
      assertEquals(normalizer.normalize(a.toString()).text(), normalizer.normalize(b.toString()).text(),
          () -> a + " vs " + b);
    }
  }

  private static char toFullWidthOrHalf(char c) {
    if (c >= '!' && c <= '~') {
      return (char) (c + 0xFEE0);
    }
    return switch (c) {
      case '，' -> ',';
      case '。' -> '.';
      case '：' -> ':';
      case '！' -> '!';
      case '？' -> '?';
      case '（' -> '(';
      case '）' -> ')';
      default -> c;
    };
  }
}
