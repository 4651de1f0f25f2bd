package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.nlp.HanlpRuntime;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.Token;

/** The transition-matrix alignment: it records the width HanLP extends to and changes no tag. */
class HanlpRuntimeTest {

  @Test
  void aNewNatureWidensTheMatrixOnceAndTagsStayTheSame() {
    HanlpSegmenter segmenter = HanlpSegmenter.plain();
    String sentence = "区教育局局长刘晓在柳湾街道召开了2023年工作会议。";
    List<Token> before = segmenter.segment(sentence, 0);
    Nature.create("reportminer_test_nature"); // what a dictionary or model with a new tag does
    HanlpRuntime.alignTransitionMatrix();
    int width = Nature.values().length;
    assertEquals(width, CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary.states.length);
    assertEquals(width, CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary.transititon_probability.length);
    assertEquals(before, segmenter.segment(sentence, 0));
    // aligned: a second call leaves the same matrix in place
    double[][] matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary.transititon_probability;
    HanlpRuntime.alignTransitionMatrix();
    segmenter.segment(sentence, 0);
    assertEquals(matrix, CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary.transititon_probability);
  }
}
