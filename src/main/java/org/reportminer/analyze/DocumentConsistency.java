package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;

/**
 * Document-level agreement between mentions, after every sentence was refined. A report that
 * writes "柳湾街道" or "青岚市" has told us that 柳湾 and 青岚 are places: where a recognizer read
 * the bare name as a person (HanLP tags unknown two-character names as persons), it becomes a
 * place, and a bare occurrence the recognizer missed is added as a place when it stands alone
 * (not glued to a following noun, as in "云溪绿茶"). Stateless and thread-safe.
 */
final class DocumentConsistency {
  private final DomainLexicon lexicon;

  DocumentConsistency(DomainLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The mentions of a whole report, adjusted; sorted by start. */
  List<Mention> apply(String text, List<Mention> mentions, List<Token> tokens) {
    return apply(text, mentions, tokens, placeStems(mentions));
  }

  /** As {@link #apply(String, List, List)} with the report's place stems already known. */
  List<Mention> apply(String text, List<Mention> mentions, List<Token> tokens, Set<String> stems) {
    if (stems.isEmpty()) {
      return mentions;
    }
    int[] starts = new int[tokens.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = tokens.get(k).start();
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON && stems.contains(m.text())) {
        int next = java.util.Arrays.binarySearch(starts, m.end());
        if (!followedByLevel(text, m.end()) && standsAlone(tokens, next >= 0 ? next : null)) {
          out.add(new Mention(EntityType.PLACE, m.text(), m.start(), m.end()));
        }
        continue;
      }
      out.add(m);
    }
    boolean[] covered = new boolean[text.length() + 1];
    for (Mention m : out) {
      for (int k = m.start(); k < m.end(); k++) {
        covered[k] = true;
      }
    }
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!stems.contains(t.word()) || covered[t.start()]) {
        continue;
      }
      if (standsAlone(tokens, k + 1 < tokens.size() ? k + 1 : null) && !followedByLevel(text, t.end())) {
        out.add(new Mention(EntityType.PLACE, t.word(), t.start(), t.end()));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * Drops the organization mentions that are back-references to a longer name of the same
   * report: "康养中心" after "柳湾区福寿康养中心" is that body again, not a second one. A short name
   * is a back-reference when it has no prefix of its own and the longer name differs from it by
   * more than a place prefix (柳湾区 + 福寿 + 康养中心); "东坪小学" beside "柳湾区东坪小学" differs
   * only by the place, and "县图书馆" beside "云溪县图书馆" has its own level prefix: both stay.
   */
  List<Mention> withoutBackReferences(List<Mention> mentions) {
    Set<String> orgs = new java.util.LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.ORG) {
        orgs.add(m.text());
      }
    }
    Set<String> references = new HashSet<>();
    for (String shorter : orgs) {
      String suffix = lexicon.orgSuffixOf(shorter);
      if (suffix == null || NameParts.split(shorter, suffix, lexicon).kind() != NameParts.PrefixKind.NONE) {
        continue;
      }
      for (String longer : orgs) {
        if (longer.length() > shorter.length() && longer.endsWith(shorter)) {
          int extra = longer.length() - shorter.length();
          if (NameParts.split(longer, suffix, lexicon).prefix().length() < extra) {
            references.add(shorter);
            break;
          }
        }
      }
    }
    if (references.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORG || !references.contains(m.text())) {
        out.add(m);
      }
    }
    return out;
  }

  /** Names of places the report writes with their level word: 柳湾 from 柳湾街道 or 柳湾区教育局. */
  Set<String> placeStems(List<Mention> mentions) {
    Set<String> stems = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON || !seen.add(m.type() + m.text())) {
        continue; // each distinct name is looked at once
      }
      String place = null;
      if (m.type() == EntityType.PLACE) {
        place = m.text();
      } else if (m.type() == EntityType.ORG) {
        String suffix = lexicon.orgSuffixOf(m.text());
        if (suffix != null) {
          NameParts.Parts parts = NameParts.split(m.text(), suffix, lexicon);
          if (parts.kind() == NameParts.PrefixKind.NAMED) {
            place = parts.prefix();
          }
        }
      }
      if (place == null) {
        continue;
      }
      String level = PlaceRules.levelOf(place);
      if (level == null) {
        continue;
      }
      String stem = place.substring(0, place.length() - level.length());
      if (stem.length() >= 2 && stem.length() <= 4 && TokenTraits.isHan(stem) && PlaceRules.levelOf(stem) == null) {
        stems.add(stem);
      }
    }
    return stems;
  }

  private static boolean followedByLevel(String text, int end) {
    for (String level : DomainLexicon.LEVEL_SUFFIXES) {
      if (text.startsWith(level, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A bare place name stands alone when what follows it is punctuation, a function word, a verb
   * or nothing: "云溪绿茶", "“云溪好声音”", "柳湾广场" use the name inside other names.
   */
  private static boolean standsAlone(List<Token> tokens, Integer next) {
    if (next == null) {
      return true;
    }
    Token t = tokens.get(next);
    String n = t.nature();
    return TokenTraits.isPunctuation(t.word()) || n.startsWith("p") || n.startsWith("c") || n.startsWith("u")
        || n.startsWith("d") || n.startsWith("v") && !n.equals("vn") || n.startsWith("f");
  }
}
