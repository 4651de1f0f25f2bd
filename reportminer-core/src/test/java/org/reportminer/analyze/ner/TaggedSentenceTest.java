package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaggedSentenceTest {

  @Test
  void spansSurviveTheRoundTripThroughTags() {
    Random random = new Random(42);
    for (int trial = 0; trial < 500; trial++) {
      int n = 1 + random.nextInt(40);
      List<TaggedSentence.Span> spans = new ArrayList<>();
      int i = 0;
      while (i < n) {
        i += random.nextInt(4);
        int len = 1 + random.nextInt(5);
        if (i + len > n) {
          break;
        }
        spans.add(new TaggedSentence.Span(i, i + len, NerLabel.values()[random.nextInt(3)]));
        i += len;
      }
      TaggedSentence s = TaggedSentence.fromSpans("字".repeat(n), spans);
      assertEquals(spans, s.spans(), "trial " + trial);
    }
  }

  @Test
  void malformedTagSequencesDecodeLeniently() {
    // An E without a B, an M that switches label, a B left open at the end.
    List<String> tags = List.of("E-nr", "O", "B-ns", "M-nt", "E-nt", "B-nr", "M-nr");
    assertEquals(
        List.of(
            new TaggedSentence.Span(0, 1, NerLabel.PERSON),
            new TaggedSentence.Span(2, 3, NerLabel.PLACE),
            new TaggedSentence.Span(3, 5, NerLabel.ORG),
            new TaggedSentence.Span(5, 7, NerLabel.PERSON)),
        TaggedSentence.spansOf(tags));
  }
}
