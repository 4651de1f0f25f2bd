package org.reportminer.analyze.ner;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A HanLP perceptron {@link Instance} built from our {@link CharFeatures}: one feature vector per
 * character (plus HanLP's trailing slot for the transition feature) and, for training, the gold
 * tag ids. With a mutable feature map, unseen features are added; with an immutable one they are
 * skipped. Not thread-safe (HanLP's decoder writes into the vectors); build one per sentence.
 */
final class CharNerInstance extends Instance {

  /** An instance for training or evaluation, with gold tags. */
  CharNerInstance(String[][] features, List<String> tags, FeatureMap featureMap) {
    this(features, featureMap);
    TagSet tagSet = featureMap.tagSet;
    for (int i = 0; i < tagArray.length; i++) {
      int id = tagSet.idOf(tags.get(i));
      if (id < 0) {
        throw new IllegalArgumentException("unknown tag " + tags.get(i));
      }
      tagArray[i] = id;
    }
  }

  /** An instance to decode (tags all zero until decoded). */
  CharNerInstance(String[][] features, FeatureMap featureMap) {
    featureMatrix = new int[features.length][];
    List<Integer> ids = new ArrayList<>(CharFeatures.COUNT + CharFeatures.CLUSTER_COUNT);
    for (int i = 0; i < features.length; i++) {
      ids.clear();
      for (String f : features[i]) {
        addFeature(f, ids, featureMap);
      }
      featureMatrix[i] = toFeatureArray(ids);
    }
    tagArray = new int[features.length];
  }
}
