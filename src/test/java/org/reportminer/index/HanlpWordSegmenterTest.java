package org.reportminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.analyze.HanlpSegmenter;
import org.reportminer.analyze.Token;

/** The index's untagged segmentation gives the same words and offsets as the tagged one. */
class HanlpWordSegmenterTest {
  @Test
  void sameWordsAsTaggedSegmentationOnTheSeedPage() throws Exception {
    String seed = Files.readString(Path.of("src/test/resources/extract/seed.txt"));
    HanlpWordSegmenter ours = new HanlpWordSegmenter();
    HanlpSegmenter tagged = HanlpSegmenter.plain();
    int sentences = 0;
    for (String sentence : seed.split("(?<=[。！？\n])")) {
      assertEquals(words(tagged.segment(sentence, 7)), words(ours.segment(sentence, 7)), sentence);
      sentences++;
    }
    assertEquals(true, sentences > 50);
  }

  private static List<String> words(List<Token> tokens) {
    return tokens.stream().map(t -> t.word() + "@" + t.start() + "-" + t.end()).toList();
  }
}
