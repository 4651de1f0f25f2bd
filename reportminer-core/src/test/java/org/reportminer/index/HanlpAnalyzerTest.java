package org.reportminer.index;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.Segmenter;
import org.reportminer.nlp.Token;

/**
 * Table tests for {@link HanlpTokenizer} / {@link HanlpAnalyzer} in Lucene's own style: terms,
 * start and end offsets and position increments, plus Lucene's random-input consistency checks.
 * JUnit 4 (Lucene's test framework), run through the vintage engine.
 */
public class HanlpAnalyzerTest extends BaseTokenStreamTestCase {
  private static final Segmenter HANLP = HanlpSegmenter.plain();

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new HanlpAnalyzer(HANLP);
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testCompoundWordKeepsItsOffsets() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "知识产权宣传周",
        new String[] {"知识产权", "宣传周"},
        new int[] {0, 4},
        new int[] {4, 7},
        new int[] {1, 1});
  }

  public void testSurrogatePairsAndFullWidthLatin() throws Exception {
    // 𠀋 𠀌 𪚥 are outside the BMP (two UTF-16 chars each); ＡＢＣ１２３ fold to abc123 but
    // keep offsets into the full-width original.
    assertAnalyzesTo(
        analyzer,
        "𠀋𠀌知识产权𪚥和ＡＢＣ１２３",
        new String[] {"𠀋𠀌", "知识产权", "𪚥", "和", "abc", "123"},
        new int[] {0, 4, 8, 10, 11, 14},
        new int[] {4, 8, 10, 11, 14, 17},
        new int[] {1, 1, 1, 1, 1, 1});
  }

  public void testPlaceholdersAreDroppedWithAGap() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "20__年__省知识产权",
        new String[] {"20", "年", "省", "知识产权"},
        new int[] {0, 4, 7, 8},
        new int[] {2, 5, 8, 12},
        new int[] {1, 2, 2, 1});
  }

  public void testMixedLatinDigitsAndMeasureWords() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "2023年4月26日发放1000余份iPhone15",
        new String[] {"2023", "年", "4月", "26", "日", "发放", "1000", "余", "份", "iphone", "15"},
        new int[] {0, 4, 5, 7, 9, 10, 12, 16, 17, 18, 24},
        new int[] {4, 5, 7, 9, 10, 12, 16, 17, 18, 24, 26});
  }

  public void testMiddleDotAndIdeographicSpaceSeparateWords() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "4·26世界知识产权日",
        new String[] {"4", "26", "世界", "知识产权", "日"},
        new int[] {0, 2, 4, 6, 10},
        new int[] {1, 4, 6, 10, 11},
        new int[] {1, 2, 1, 1, 1});
    assertAnalyzesTo(
        analyzer,
        "百分之五　二〇二三年",
        new String[] {"百分之", "五", "二〇二三", "年"},
        new int[] {0, 3, 5, 9},
        new int[] {3, 4, 9, 10},
        new int[] {1, 1, 2, 1});
  }

  public void testSentenceBoundaryIsAPhraseGap() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "活动圆满成功。\n效果良好",
        new String[] {"活动", "圆满", "成功", "效果", "良好"},
        new int[] {0, 2, 4, 8, 10},
        new int[] {2, 4, 6, 10, 12},
        new int[] {1, 1, 1, 2, 1});
  }

  /** A char filter in front of the tokenizer shifts the text; offsets still point at the original. */
  public void testOffsetsAreCorrectedThroughCharFilters() throws Exception {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("&amp;", "&");
    NormalizeCharMap charMap = map.build();
    Analyzer filtered =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new HanlpTokenizer(HANLP);
            return new TokenStreamComponents(t);
          }

          @Override
          protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(charMap, reader);
          }
        };
    assertAnalyzesTo(
        filtered,
        "科技&amp;文化知识产权",
        new String[] {"科技", "文化", "知识产权"},
        new int[] {0, 7, 9},
        new int[] {2, 9, 13});
    filtered.close();
  }

  /**
   * Whatever the segmenter does, every term is exactly the original text at its offsets, also in
   * documents longer than the tokenizer's 1024-char buffer and in sentences without any break.
   */
  public void testTermsEqualTheTextAtTheirOffsetsInLongDocuments() throws Exception {
    StringBuilder text = new StringBuilder();
    String[] pieces = {"知识产权宣传周", "𠀋𠀌", "，", "ＡＢＣ１２３", "__区", "。\n", "2023年4月", "　", "保护"};
    java.util.Random r = random();
    while (text.length() < 6000) {
      text.append(pieces[r.nextInt(pieces.length)]);
    }
    // and a run of 3000 chars with no sentence break at all
    text.append("宣传".repeat(1500));
    String s = text.toString();
    int count = 0;
    try (TokenStream ts = analyzer.tokenStream("body", s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int lastStart = 0;
      while (ts.incrementToken()) {
        String original = s.substring(off.startOffset(), off.endOffset());
        assertEquals(foldForCompare(original), term.toString());
        assertTrue(off.startOffset() >= lastStart);
        lastStart = off.startOffset();
        count++;
      }
      ts.end();
      assertEquals(s.length(), off.endOffset());
    }
    assertTrue("expected many tokens, got " + count, count > 1500);
  }

  public void testSegmenterSeesBoundedSentences() throws Exception {
    List<Integer> lengths = new ArrayList<>();
    Segmenter recording =
        (sentence, base) -> {
          lengths.add(sentence.length());
          return HANLP.segment(sentence, base);
        };
    try (Analyzer a = new HanlpAnalyzer(recording)) {
      String doc = "这是一个很长的句子没有任何标点".repeat(400);
      try (TokenStream ts = a.tokenStream("body", doc)) {
        ts.reset();
        while (ts.incrementToken()) {}
        ts.end();
      }
    }
    assertTrue(lengths.size() > 1);
    for (int len : lengths) {
      assertTrue("one segmenter call saw " + len + " chars", len <= 1024);
    }
  }

  /** A segmenter returning offsets outside the sentence is ignored rather than trusted. */
  public void testBadSegmenterOffsetsAreSkipped() throws Exception {
    Segmenter broken = (sentence, base) -> List.of(new Token("x", "n", 0, sentence.length() + 5),
        new Token(sentence.substring(0, 1), "n", 0, 1));
    try (Analyzer a = new HanlpAnalyzer(broken)) {
      assertAnalyzesTo(a, "知识", new String[] {"知"}, new int[] {0}, new int[] {1});
    }
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomLongStrings() throws Exception {
    checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 4096);
  }

  private static String foldForCompare(String original) {
    StringBuilder sb = new StringBuilder();
    original.codePoints().forEach(cp -> {
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        cp -= 0xFEE0;
      }
      sb.appendCodePoint(Character.toLowerCase(cp));
    });
    return sb.toString();
  }
}
