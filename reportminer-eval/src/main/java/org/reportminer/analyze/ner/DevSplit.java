package org.reportminer.analyze.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One corpus divided the way {@link NerTraining} divides it: sentence {@code i} (counting from 0
 * in file order) is held out for development when {@code i % every == every - 1}, so every
 * {@code every}-th sentence; the rest is trained on. Deterministic by construction: the readers
 * keep file order and nothing is shuffled or sampled, so the same file, {@code every} and {@code
 * limit} always give the same sentences. That is what lets {@code eval} score the shipped model on
 * exactly the sentences its training never saw. Immutable.
 *
 * <p>Example: with {@code every = 20}, sentences 19, 39, 59 … of {@code msra_train_bio} form the
 * MSRA development split.
 *
 * @param corpus the corpus the sentences come from
 * @param train the sentences trained on
 * @param dev the sentences held out
 */
public record DevSplit(NerCorpus corpus, List<TaggedSentence> train, List<TaggedSentence> dev) {
  /** The split the shipped model was trained with ({@code train-ner}'s default): 1 in 20. */
  public static final int DEFAULT_EVERY = 20;

  public DevSplit {
    train = List.copyOf(train);
    dev = List.copyOf(dev);
  }

  /**
   * Divides {@code sentences} (in corpus order) into training and development sentences.
   *
   * @param every every {@code every}-th sentence goes to development ({@code >= 2})
   */
  public static DevSplit carve(NerCorpus corpus, List<TaggedSentence> sentences, int every) {
    if (every < 2) {
      throw new IllegalArgumentException("every must be at least 2, was " + every);
    }
    List<TaggedSentence> train = new ArrayList<>();
    List<TaggedSentence> dev = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      (i % every == every - 1 ? dev : train).add(sentences.get(i));
    }
    return new DevSplit(corpus, train, dev);
  }

  /**
   * Reads {@code corpus} from {@code corporaDir} and divides it.
   *
   * @param every every {@code every}-th sentence goes to development
   * @param limit use only the first {@code limit} sentences (0 for all)
   */
  public static DevSplit read(Path corporaDir, NerCorpus corpus, int every, int limit)
      throws IOException {
    List<TaggedSentence> all = NerCorpusReader.read(corpus.file(corporaDir), corpus.format());
    if (limit > 0 && all.size() > limit) {
      all = all.subList(0, limit);
    }
    return carve(corpus, all, every);
  }
}
