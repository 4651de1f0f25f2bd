package org.reportminer.analyze.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.model.Mention;
import org.reportminer.nlp.EntityRecognizer;
import org.reportminer.nlp.Token;

/**
 * {@link EntityRecognizer} over the shipped character-level perceptron model. It normalizes and
 * segments each sentence exactly as the trainer did, through a {@link ModelSpanTagger} (its own
 * plain HanLP segmentation, not the caller's tokens, which may come from a segmenter with extra
 * dictionaries), decodes the tags and
 * returns the spans as mentions in the original text. Thread-safe: the model is immutable and
 * every call keeps its state on the stack.
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {
  /** Classpath location of the shipped model. */
  public static final String MODEL_RESOURCE = "/models/ner/reportminer-ner.bin.gz";

  private final SpanTagger tagger;

  /** A recognizer over the shipped model (loaded once per JVM on first use). */
  public PerceptronEntityRecognizer() {
    this(ShippedModel.INSTANCE);
  }

  /** A recognizer over {@code model}. */
  public PerceptronEntityRecognizer(NerModel model) {
    this.tagger = new ModelSpanTagger(model);
  }

  /** The shipped model (loaded on first use). */
  public static NerModel shippedModel() {
    return ShippedModel.INSTANCE;
  }

  @Override
  public List<Mention> recognize(String sentence, List<Token> tokens, int baseOffset) {
    List<Mention> out = new ArrayList<>();
    for (TaggedSentence.Span s : tagger.spans(sentence)) {
      out.add(
          new Mention(
              s.label().type(),
              sentence.substring(s.start(), s.end()),
              baseOffset + s.start(),
              baseOffset + s.end()));
    }
    return out;
  }

  /** Lazy holder: the model loads when first needed, once, without locks on the hot path. */
  private static final class ShippedModel {
    static final NerModel INSTANCE = load();

    private static NerModel load() {
      try {
        return NerModel.loadResource(MODEL_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the shipped NER model " + MODEL_RESOURCE, e);
      }
    }
  }
}
