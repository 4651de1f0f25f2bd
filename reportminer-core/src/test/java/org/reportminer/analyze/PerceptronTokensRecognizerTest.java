package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.analyze.ner.NerLabel;
import org.reportminer.analyze.ner.TaggedSentence;
import org.reportminer.model.Mention;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.NormalizingSegmenter;
import org.reportminer.nlp.Segmenter;

/** The model's spans as mentions: cut where a name cannot go on, offsets into the report. */
class PerceptronTokensRecognizerTest {

  private static List<String> pieces(String sentence, int start, int end, int base) {
    List<Mention> out = new ArrayList<>();
    PerceptronTokensRecognizer.addPieces(out, new TaggedSentence.Span(start, end, NerLabel.ORG), sentence, base);
    List<String> shown = new ArrayList<>();
    for (Mention m : out) {
      shown.add(m.text() + "@" + m.start());
    }
    return shown;
  }

  @Test
  void spansAreCutAtSentenceAndClausePunctuation() {
    String s = "走进柳湾区福寿康养中心。公司工会、区教育局，和";
    assertEquals(List.of("柳湾区福寿康养中心@102", "公司工会@112", "区教育局@117"), pieces(s, 2, 22, 100));
  }

  @Test
  void singleCharacterPiecesStay() {
    assertEquals(List.of("区@0", "教育局@2"), pieces("区，教育局。", 0, 5, 0));
  }

  @Test
  void anAsciiSpaceInsideAMixedNameDoesNotCut() {
    assertEquals(List.of("OpenTiny 开源社区@0"), pieces("OpenTiny 开源社区。", 0, 13, 0));
  }

  @Test
  void aSpanWithoutPunctuationStaysWhole() {
    assertEquals(List.of("XX（集团）有限公司@0"), pieces("XX（集团）有限公司", 0, 10, 0));
  }

  @Test
  void theShippedModelGivesNoMentionAcrossAFullStop() {
    DomainLexicon lexicon = DomainLexicon.shipped();
    Segmenter segmenter = new NormalizingSegmenter(HanlpSegmenter.withLexicon(lexicon, false));
    String run = "XX公司团委组织28名青年志愿者走进柳湾区福寿康养中心。公司工会主席郑丽华代表公司向康养中心赠送了轮椅10台。";
    List<Mention> found = new PerceptronTokensRecognizer().recognize(run, segmenter.segment(run, 7), 7);
    for (Mention m : found) {
      assertEquals(m.text(), run.substring(m.start() - 7, m.end() - 7));
      assertEquals(-1, m.text().indexOf('。'), m.toString());
    }
  }
}
