package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.NerText;
import org.reportminer.nlp.Segmenter;
import org.reportminer.nlp.Token;

/**
 * The shipped model's decoder ({@link NerModel#tag}: compiled features, vectorizable Viterbi,
 * back-pointers found on the way back) finds exactly the tags of HanLP's own {@code
 * LinearModel.viterbiDecode} over the feature strings, on every sentence of the gold texts.
 */
class NerModelTest {
  @Test
  void shippedModelFindsHanlpsBestPathOnTheGoldSentences() throws IOException {
    NerModel model = PerceptronEntityRecognizer.shippedModel();
    Segmenter segmenter = HanlpSegmenter.plain();
    int entityChars = 0;
    for (String sentence : CompiledFeaturesTest.goldSentences()) {
      String text = NerText.normalize(sentence);
      List<Token> tokens = segmenter.segment(text);
      CharNerInstance instance =
          new CharNerInstance(CharFeatures.extract(text, tokens, model.clusters()), model.linearModel().featureMap);
      int[] hanlp = new int[instance.length()];
      model.linearModel().viterbiDecode(instance, hanlp);
      String[] expected = new String[hanlp.length];
      for (int i = 0; i < hanlp.length; i++) {
        expected[i] = model.linearModel().featureMap.tagSet.stringOf(hanlp[i]);
        entityChars += expected[i].equals(NerLabel.O) ? 0 : 1;
      }
      assertArrayEquals(expected, model.tag(text, tokens).toArray(new String[0]), text);
    }
    // the gold texts are full of names: a decoder that tagged everything O would not pass above
    assertTrue(entityChars > 1000, entityChars + " chars in names");
  }
}
