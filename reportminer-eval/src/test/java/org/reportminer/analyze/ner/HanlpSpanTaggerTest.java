package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.analyze.ner.TaggedSentence.Span;

/** Raw HanLP as a span tagger: its place words become ns spans at the right offsets. */
class HanlpSpanTaggerTest {

  @Test
  void aLongSentenceIsTaggedInChunksWithSentenceOffsets() {
    String clause = "我们在北京召开会议，";
    String sentence = clause.repeat(20); // 200 chars: more than one chunk for HanLP
    List<Span> spans = new HanlpSpanTagger().spans(sentence);
    for (Span s : spans) {
      assertTrue(s.start() >= 0 && s.end() <= sentence.length(), s.toString());
    }
    List<Span> places = spans.stream().filter(s -> s.label() == NerLabel.PLACE).toList();
    assertEquals(20, places.size(), spans.toString());
    for (int k = 0; k < 20; k++) {
      Span p = places.get(k);
      assertEquals("北京", sentence.substring(p.start(), p.end()));
      assertEquals(k * clause.length() + 3, p.start());
    }
  }
}
