package org.reportminer.analyze.ner;

import com.hankcs.hanlp.model.perceptron.NERTrainer;
import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.nlp.NerText;
import org.reportminer.nlp.Segmenter;

/**
 * HanLP's {@link NERTrainer} fed with our sentences and features instead of its corpus files.
 * HanLP's training loop (averaged perceptron when single-threaded, compression, saving) is used
 * as it is; we override where instances come from and how the development set is scored (entity
 * F1 on our dev sentences, each iteration).
 *
 * <p>All 13 tags are registered in the tag set before the feature map is created: HanLP gives the
 * transition features the ids of the tags that exist at that moment, so a tag added later would
 * share its transition weights with a feature. One trainer per training run; not thread-safe.
 */
final class CharNerTrainer extends NERTrainer {
  private final List<TaggedSentence> train;
  private final List<TaggedSentence> dev;
  private final Segmenter segmenter;
  private final CharClusters clusters;
  private FeatureMap devFeatureMap;
  private List<CharNerInstance> devInstances;

  CharNerTrainer(List<TaggedSentence> train, List<TaggedSentence> dev, Segmenter segmenter) {
    this(train, dev, segmenter, CharClusters.NONE);
  }

  /** A trainer whose features include the cluster templates of {@code clusters} (unless empty). */
  CharNerTrainer(
      List<TaggedSentence> train, List<TaggedSentence> dev, Segmenter segmenter, CharClusters clusters) {
    super(fullTagSet());
    this.train = train;
    this.dev = dev;
    this.segmenter = segmenter;
    this.clusters = clusters;
  }

  /** A tag set holding O and every B/M/E/S tag of the three labels, in a fixed order. */
  static NERTagSet fullTagSet() {
    NERTagSet tagSet = new NERTagSet();
    for (String tag : NerLabel.allTags()) {
      tagSet.add(tag);
    }
    for (NerLabel l : NerLabel.values()) {
      tagSet.nerLabels.add(l.nature());
    }
    return tagSet;
  }

  @Override
  protected TagSet createTagSet() {
    return tagSet;
  }

  @Override
  protected Instance[] loadTrainInstances(String ignored, MutableFeatureMap featureMap) {
    Instance[] out = new Instance[train.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = instance(train.get(i), featureMap);
      if ((i + 1) % 10000 == 0) {
        System.err.printf("  features for %d / %d sentences, %d features%n", i + 1, out.length, featureMap.size());
      }
    }
    return out;
  }

  @Override
  protected double[] evaluate(String ignored, LinearModel model) {
    if (devFeatureMap != model.featureMap) {
      devInstances = new ArrayList<>(dev.size());
      for (TaggedSentence s : dev) {
        devInstances.add(instance(s, model.featureMap));
      }
      devFeatureMap = model.featureMap;
    }
    NerScores scores = new NerScores();
    TagSet tags = model.featureMap.tagSet;
    for (int i = 0; i < devInstances.size(); i++) {
      CharNerInstance inst = devInstances.get(i);
      int[] guess = new int[inst.length()];
      model.viterbiDecode(inst, guess);
      List<String> predicted = new ArrayList<>(guess.length);
      for (int g : guess) {
        predicted.add(tags.stringOf(g));
      }
      scores.add(dev.get(i).spans(), TaggedSentence.spansOf(predicted));
    }
    double[] prf = scores.overall();
    return new double[] {prf[0] * 100, prf[1] * 100, prf[2] * 100};
  }

  private CharNerInstance instance(TaggedSentence s, FeatureMap featureMap) {
    String text = NerText.normalize(s.text());
    return new CharNerInstance(
        CharFeatures.extract(text, segmenter.segment(text), clusters), s.tags(), featureMap);
  }
}
