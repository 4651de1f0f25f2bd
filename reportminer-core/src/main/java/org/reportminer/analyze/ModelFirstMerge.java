package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.nlp.DomainLexicon;

/**
 * Merges the NER model's mentions of a report with the rule layer's, the model first: every
 * model mention stays unless a rule change of an enabled {@link RuleFamily} replaces or removes
 * it, and a rule mention is taken only when the family of its change is enabled. Each rule
 * mention is classified by how it meets the model's: none overlaps it (an addition), it covers
 * them (an extension and/or a new type), or it is shorter or crosses a border (a trim). A model
 * mention no rule mention overlaps was removed by the rules.
 *
 * <p>Immutable and thread-safe.
 */
final class ModelFirstMerge {
  private final Set<RuleFamily> families;
  private final DomainLexicon lexicon;

  ModelFirstMerge(Set<RuleFamily> families, DomainLexicon lexicon) {
    this.lexicon = lexicon;
    this.families = families.isEmpty() ? EnumSet.noneOf(RuleFamily.class) : EnumSet.copyOf(families);
  }

  /** Whether every family is on: the merge then returns the rules' mentions as they are. */
  private boolean keepsAllRules() {
    return families.size() == RuleFamily.values().length;
  }

  /**
   * The merged mentions, sorted by start, never overlapping.
   *
   * @param model the model's mentions (non-overlapping)
   * @param rules the rules' mentions (non-overlapping)
   */
  List<Mention> merge(List<Mention> model, List<Mention> rules) {
    if (keepsAllRules()) {
      return rules;
    }
    List<Mention> m = sorted(model);
    boolean[] replaced = new boolean[m.size()];
    boolean[] overlapped = new boolean[m.size()];
    List<Mention> out = new ArrayList<>();
    int from = 0;
    for (Mention r : sorted(rules)) {
      while (from < m.size() && m.get(from).end() <= r.start()) {
        from++;
      }
      List<Integer> hits = new ArrayList<>();
      for (int k = from; k < m.size() && m.get(k).start() < r.end(); k++) {
        if (m.get(k).end() > r.start()) {
          hits.add(k);
        }
      }
      if (accepts(r, m, hits)) {
        out.add(r);
        hits.forEach(k -> replaced[k] = true);
      }
      hits.forEach(k -> overlapped[k] = true);
    }
    for (int k = 0; k < m.size(); k++) {
      Mention mm = m.get(k);
      if (replaced[k] || !overlapped[k] && families.contains(removal(mm.type()))
          || families.contains(RuleFamily.REMOVE_LATIN) && !TokenTraits.containsHan(mm.text())) {
        continue;
      }
      out.add(mm);
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::type));
    return out;
  }

  private boolean accepts(Mention r, List<Mention> model, List<Integer> hits) {
    if (families.contains(RuleFamily.LISTED) && listed(r)) {
      return true;
    }
    if (hits.isEmpty()) {
      return families.contains(addition(r.type())) && known(r);
    }
    boolean covers = true;
    boolean sameType = true;
    boolean longer = false;
    for (int k : hits) {
      Mention mm = model.get(k);
      covers &= r.start() <= mm.start() && mm.end() <= r.end();
      sameType &= mm.type() == r.type();
      longer |= r.end() - r.start() > mm.end() - mm.start();
    }
    if (!sameType && !families.contains(RuleFamily.RETYPE)) {
      return false;
    }
    if (!covers) {
      return families.contains(RuleFamily.TRIM);
    }
    return !longer && hits.size() == 1 || families.contains(extension(r.type()));
  }

  /** A name the user dictionary lists with the mention's type. */
  private boolean listed(Mention r) {
    if (!lexicon.isUserWord(r.text())) {
      return false;
    }
    return switch (r.type()) {
      case ORG -> lexicon.isKnownOrg(r.text());
      case PERSON -> lexicon.isKnownPerson(r.text());
      case PLACE -> lexicon.isListedPlace(r.text());
    };
  }

  /** A name a dictionary knows with the mention's type. */
  private boolean known(Mention r) {
    return switch (r.type()) {
      case ORG -> lexicon.isKnownOrg(r.text()) || TokenTraits.isDictionaryOrg(r.text());
      case PERSON -> lexicon.isKnownPerson(r.text());
      case PLACE -> lexicon.isListedPlace(r.text()) || TokenTraits.isDictionaryPlace(r.text()) || isNamedDivision(r.text());
    };
  }

  /** Levels that end the names of towns, townships and villages ("鼓扬镇", "石板村"). */
  private static final java.util.List<String> SMALL_LEVELS = java.util.List.of("镇", "乡", "村");

  /**
   * A town, township or village named by two or three Han characters that are no common word
   * ("石板村", "摆所镇"; not "小城镇", "农村"): the divisions too small for any dictionary.
   */
  static boolean isNamedDivision(String name) {
    if (name.length() < 3 || name.length() > 4 || !TokenTraits.isHan(name)) {
      return false;
    }
    String level = name.substring(name.length() - 1);
    String stem = name.substring(0, name.length() - 1);
    if (!SMALL_LEVELS.contains(level) || DomainLexicon.levelEnding(stem) != null) {
      return false;
    }
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(stem);
    return a == null || a.nature[0].toString().startsWith("ns") || a.nature[0].toString().startsWith("nr");
  }

  private static RuleFamily addition(EntityType type) {
    return switch (type) {
      case ORG -> RuleFamily.ADD_ORG;
      case PERSON -> RuleFamily.ADD_PERSON;
      case PLACE -> RuleFamily.ADD_PLACE;
    };
  }

  private static RuleFamily extension(EntityType type) {
    return switch (type) {
      case ORG -> RuleFamily.EXTEND_ORG;
      case PERSON -> RuleFamily.EXTEND_PERSON;
      case PLACE -> RuleFamily.EXTEND_PLACE;
    };
  }

  private static RuleFamily removal(EntityType type) {
    return switch (type) {
      case ORG -> RuleFamily.REMOVE_ORG;
      case PERSON -> RuleFamily.REMOVE_PERSON;
      case PLACE -> RuleFamily.REMOVE_PLACE;
    };
  }

  private static List<Mention> sorted(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return out;
  }
}
