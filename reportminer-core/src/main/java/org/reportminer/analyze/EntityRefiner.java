package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.Segmenter;
import org.reportminer.nlp.Token;

/**
 * Our rules and dictionaries on top of any {@link EntityRecognizer}: takes one sentence, its
 * tokens and what the recognizer found there, and returns the organizations, persons and places
 * a careful reader would list. The per-type rules are in {@link OrganizationRules}, {@link
 * PersonRules} and {@link PlaceRules}; this class splits tokens at mention borders, lets a mention
 * of the wrong type be tried as an organization ("川九小学" tagged as a place), and settles
 * overlaps: an organization's name swallows the places and persons inside it.
 *
 * <p>Needs a {@link DomainLexicon}; immutable and thread-safe.
 */
public final class EntityRefiner {
  private final OrganizationRules orgs;
  private final PersonRules persons;
  private final PlaceRules places;
  private final Segmenter fineSegmenter;
  private final DomainLexicon lexicon;

  /**
   * A refiner using {@code lexicon}'s suffixes, titles, family names and known names.
   *
   * @param fineSegmenter segments, without entity recognition, a token that a recognizer merged
   *     into one entity word and that fails our checks ("郑丽华代表公司向康养中心"/nt), so the rules
   *     see its words
   */
  public EntityRefiner(DomainLexicon lexicon, Segmenter fineSegmenter) {
    this.orgs = new OrganizationRules(lexicon);
    this.persons = new PersonRules(lexicon);
    this.places = new PlaceRules(lexicon);
    this.fineSegmenter = fineSegmenter;
    this.lexicon = lexicon;
  }

  /**
   * The refined mentions of {@code sentence}, ordered by start offset, never overlapping.
   *
   * @param tokens the sentence's tokens with report offsets
   * @param recognized the recognizer's mentions in this sentence, report offsets
   */
  public List<Mention> refine(Sentence sentence, List<Token> tokens, List<Mention> recognized) {
    List<Token> words = finer(tokens);
    List<Mention> inside = new ArrayList<>();
    int[] cuts = new int[recognized.size() * 2];
    int n = 0;
    for (Mention raw : recognized) {
      Mention m = raw.type() == EntityType.PERSON ? alignedToWords(raw, words, sentence) : raw;
      if (m == null) {
        continue;
      }
      if (m.start() >= sentence.start() && m.end() <= sentence.end() && m.end() > m.start()) {
        cuts[n++] = m.start();
        cuts[n++] = m.end();
        inside.add(m);
      }
    }
    cuts = sortedDistinct(cuts, n);
    Pieces p = new Pieces(sentence, words, cuts, lexicon);
    List<Mention> orgInput = new ArrayList<>();
    List<Mention> personInput = new ArrayList<>();
    List<Mention> placeInput = new ArrayList<>();
    for (Mention m : inside) {
      switch (m.type()) {
        case ORG -> orgInput.add(m);
        case PERSON -> {
          if (persons.isPerson(m.text())) {
            personInput.add(m);
          } else if (places.isPlace(m.text())) {
            placeInput.add(new Mention(EntityType.PLACE, m.text(), m.start(), m.end()));
          } else {
            orgInput.add(m);
          }
        }
        case PLACE -> {
          if (places.mayBePlace(m.text())) {
            placeInput.add(m);
          } else {
            orgInput.add(m);
          }
        }
      }
    }
    List<Mention> orgMentions = orgs.find(p, orgInput);
    List<Mention> out = new ArrayList<>(orgMentions);
    List<Mention> others = new ArrayList<>();
    others.addAll(persons.find(p, personInput));
    others.addAll(places.find(p, placeInput));
    for (Mention m : OrganizationRules.resolve(others)) {
      if (orgMentions.stream().noneMatch(o -> OrganizationRules.overlaps(o, m))) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::type));
    return out;
  }

  /** The first {@code n} values of {@code values}, sorted, without repeats. */
  private static int[] sortedDistinct(int[] values, int n) {
    Arrays.sort(values, 0, n);
    int m = 0;
    for (int k = 0; k < n; k++) {
      if (m == 0 || values[k] != values[m - 1]) {
        values[m++] = values[k];
      }
    }
    return Arrays.copyOf(values, m);
  }

  /**
   * Long entity words and entity words that fail our checks, split back into their words: the
   * rules then see where a merged word really starts and ends.
   */
  private List<Token> finer(List<Token> tokens) {
    List<Token> out = null;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      boolean entity = HanlpRoleRecognizer.typeOf(t.nature()) != null;
      if (entity && (t.word().length() >= 5 || t.word().length() >= 4 && !passes(t))) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, k));
        }
        out.addAll(fineSegmenter.segment(t.word(), t.start()));
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? tokens : out;
  }

  private boolean passes(Token t) {
    EntityType type = HanlpRoleRecognizer.typeOf(t.nature());
    if (type == null) {
      return true;
    }
    return switch (type) {
      case ORG -> orgs.isOrganization(t.word());
      case PERSON -> persons.isPerson(t.word());
      case PLACE -> places.isPlace(t.word());
    };
  }

  /**
   * A person's name never ends or starts inside a word: "刘晓亲|自" is "刘晓" before "亲自". The
   * mention is cut back to the word borders, or dropped when less than two characters remain.
   * Words the segmenter itself took for a name (长孙/nr in "副区长孙立群") are its dictionary
   * guess, not a border: the model, which sees the context, decides there.
   */
  static Mention alignedToWords(Mention m, List<Token> words, Sentence sentence) {
    int start = m.start();
    int end = m.end();
    for (Token t : words) {
      if (t.word().length() < 2 || t.nature().startsWith("nr")) {
        continue;
      }
      if (t.start() < end && end < t.end()) {
        end = t.start();
      }
      if (t.start() < start && start < t.end()) {
        start = t.end();
      }
    }
    if (end - start < 2) {
      return null;
    }
    if (start == m.start() && end == m.end()) {
      return m;
    }
    return new Mention(m.type(), sentence.text().substring(start - sentence.start(), end - sentence.start()), start, end);
  }

  /** Distinct names of one type in order of first mention. */
  public static List<String> names(List<Mention> mentions, EntityType type) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.type() == type) {
        out.add(m.text());
      }
    }
    return List.copyOf(out);
  }
}
