package org.reportminer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.reportminer.index.ReportSchema;

/**
 * The factory found by its SPI name, in the chain the configset declares, against the embedded
 * index's word analyzer on the same text.
 */
class HanlpTokenizerFactoryTest {
  private static final String TEXT =
      "２０２３年４月２６日，区文化体育局在人民广场开展“迎接精彩大运，保护知识产权”宣传周活动。"
          + "ＡＢＣ公司派出所民警张三参加！共发放宣传资料1200余份。\n二、存在的问题";

  @Test
  void factoryByNameSegmentsAsTheEmbeddedIndex() throws IOException {
    assertEquals(HanlpTokenizerFactory.class, TokenizerFactory.lookupClass(HanlpTokenizerFactory.NAME));
    Analyzer solrChain = CustomAnalyzer.builder()
        .withTokenizer(HanlpTokenizerFactory.NAME)
        .addTokenFilter("cjkWidth")
        .addTokenFilter("lowercase")
        .build();
    List<String> viaFactory = tokens(solrChain.tokenStream(ReportSchema.BODY, TEXT));
    List<String> embedded = tokens(HanlpModels.schema().wordAnalyzer().tokenStream(ReportSchema.BODY, TEXT));
    assertEquals(embedded, viaFactory);
    assertTrue(viaFactory.stream().anyMatch(t -> t.startsWith("abc@")),
        "full-width letters are folded and lower-cased: " + viaFactory);
    assertTrue(viaFactory.size() > 20, viaFactory.toString());
  }

  @Test
  void unknownArgumentsAreRefused() {
    Map<String, String> args = new HashMap<>(Map.of("dictionary", "x.txt"));
    assertThrows(IllegalArgumentException.class, () -> new HanlpTokenizerFactory(args));
  }

  /** term@start-end+positionIncrement for every token. */
  private static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + inc.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }
}
