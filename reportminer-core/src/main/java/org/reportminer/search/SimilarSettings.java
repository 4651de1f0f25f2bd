package org.reportminer.search;

import java.util.List;

/**
 * How {@link SimilarQuery} weighs the evidence that two reports are on the same topic. Each weight
 * multiplies one component's score; 0 switches the component off. Immutable.
 *
 * <p>Not a tuning knob for users: the engine uses {@link #defaults()}, chosen on the development
 * half of the judged similar-reports set (docs/QUALITY.md, similar reports); the other values exist
 * so that the evaluation can switch each component off in turn.
 *
 * @param words the seed's most characteristic HanLP words of its text (TF-IDF over the index, as
 *     Lucene's MoreLikeThis picks them), searched in the other reports' texts
 * @param bigrams the same over character bigrams of the text, which match where HanLP segments a
 *     topic word differently (植树节 / 植树 / 义务植树)
 * @param title the words of the seed's title, searched in the other reports' titles and texts
 * @param titleBigrams the character bigrams of the seed's title, searched in the other reports'
 *     titles (an identical or near-identical title shares its rarer bigrams)
 * @param keywords the seed's keywords from the analysis, searched in titles and texts
 * @param themes the seed's stated themes, shared exactly
 * @param entities the organizations, places and persons the seed names, shared exactly
 * @param maxTerms how many words (and bigrams) of the text are kept
 */
public record SimilarSettings(
    double words, double bigrams, double title, double titleBigrams, double keywords, double themes,
    double entities, int maxTerms) {

  /** The components' names, as {@link #without} takes them. */
  public static final List<String> COMPONENTS =
      List.of("words", "bigrams", "title", "titleBigrams", "keywords", "themes", "entities");

  public SimilarSettings {
    if (words < 0 || bigrams < 0 || title < 0 || titleBigrams < 0 || keywords < 0 || themes < 0
        || entities < 0) {
      throw new IllegalArgumentException("negative weight");
    }
    if (words + bigrams + title + titleBigrams + keywords + themes + entities == 0) {
      throw new IllegalArgumentException("every component is off");
    }
    if (maxTerms < 1) {
      throw new IllegalArgumentException("maxTerms must be at least 1: " + maxTerms);
    }
  }

  /** What the engine uses. */
  public static SimilarSettings defaults() {
    // chosen on the development half: each component on adds there, the ones off (words, themes,
    // entities) add nothing there (docs/QUALITY.md, similar reports)
    return new SimilarSettings(0, 1, 1, 2, 1, 0, 0, 30);
  }

  /** These settings with one component ({@link #COMPONENTS}) switched off. */
  public SimilarSettings without(String component) {
    return with(component, 0);
  }

  /** These settings with the weight of {@code component} ({@link #COMPONENTS}) set to {@code w}. */
  public SimilarSettings with(String component, double w) {
    return switch (component) {
      case "words" -> new SimilarSettings(w, bigrams, title, titleBigrams, keywords, themes, entities, maxTerms);
      case "bigrams" -> new SimilarSettings(words, w, title, titleBigrams, keywords, themes, entities, maxTerms);
      case "title" -> new SimilarSettings(words, bigrams, w, titleBigrams, keywords, themes, entities, maxTerms);
      case "titleBigrams" -> new SimilarSettings(words, bigrams, title, w, keywords, themes, entities, maxTerms);
      case "keywords" -> new SimilarSettings(words, bigrams, title, titleBigrams, w, themes, entities, maxTerms);
      case "themes" -> new SimilarSettings(words, bigrams, title, titleBigrams, keywords, w, entities, maxTerms);
      case "entities" -> new SimilarSettings(words, bigrams, title, titleBigrams, keywords, themes, w, maxTerms);
      default -> throw new IllegalArgumentException("unknown component " + component + " (" + COMPONENTS + ")");
    };
  }

  /** The weight of {@code component}. */
  public double weight(String component) {
    return switch (component) {
      case "words" -> words;
      case "bigrams" -> bigrams;
      case "title" -> title;
      case "titleBigrams" -> titleBigrams;
      case "keywords" -> keywords;
      case "themes" -> themes;
      case "entities" -> entities;
      default -> throw new IllegalArgumentException("unknown component " + component + " (" + COMPONENTS + ")");
    };
  }
}
