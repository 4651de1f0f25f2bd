package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.nlp.EntityRecognizer;
import org.reportminer.nlp.Token;

/**
 * The baseline {@link EntityRecognizer}: HanLP's HMM role tagging as it comes. It reads the
 * entity natures HanLP put on the tokens ({@code nr*} person, {@code ns*} place, {@code nt*}
 * organization), so it needs tokens from a segmenter with HanLP's recognizers on ({@link
 * HanlpSegmenter#withHanlpNer()} or {@link HanlpSegmenter#withLexicon(DomainLexicon, boolean)}
 * with {@code true}); on plain tokens it finds only dictionary words. Stateless and thread-safe.
 */
public final class HanlpRoleRecognizer implements EntityRecognizer {

  @Override
  public List<Mention> recognize(String sentence, List<Token> tokens, int baseOffset) {
    List<Mention> out = new ArrayList<>();
    for (Token t : tokens) {
      EntityType type = typeOf(t.nature());
      if (type != null) {
        out.add(new Mention(type, t.word(), t.start(), t.end()));
      }
    }
    return out;
  }

  /** The entity type HanLP's nature stands for, or null for other words. */
  public static EntityType typeOf(String nature) {
    if (nature.startsWith("nr")) {
      return EntityType.PERSON;
    }
    if (nature.startsWith("ns")) {
      return EntityType.PLACE;
    }
    if (nature.startsWith("nt")) {
      return EntityType.ORG;
    }
    return null;
  }
}
