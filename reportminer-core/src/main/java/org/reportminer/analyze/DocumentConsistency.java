package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.Token;

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
    Set<String> prefixes = properPrefixes(stems);
    String firstChars = firstChars(stems);
    for (int k = 0; k < tokens.size(); k++) {
      String word = tokens.get(k).word();
      if (word.isEmpty() || firstChars.indexOf(word.charAt(0)) < 0) {
        continue; // begins no stem: the common case, decided without a look-up
      }
      // the stem as one token, or broken into adjacent ones (青/a 岚/nz)
      int last = stemEnd(tokens, k, stems, prefixes);
      if (last < 0) {
        continue;
      }
      Token t = tokens.get(k);
      int end = tokens.get(last).end();
      if (covered[t.start()]) {
        continue;
      }
      if (standsAlone(tokens, last + 1 < tokens.size() ? last + 1 : null) && !followedByLevel(text, end)) {
        out.add(new Mention(EntityType.PLACE, text.substring(t.start(), end), t.start(), end));
      }
      k = last;
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

  private static final String OPENING_QUOTES = "“「『‘\"";
  private static final String CLOSING_QUOTES = "”」』’\"";

  /**
   * Drops the places inside a quoted name of a thing: a quotation directly followed by a noun
   * that says what it names ("平安桐林"微信公众号, "云溪文化云"平台, "云溪好声音"歌手大赛) uses the
   * place inside a proper name (docs/ANNOTATION.md). A quoted slogan followed by anything else
   * ("书香满__区，阅读伴成长"为主题, "美丽青岚"建设) still refers to the place.
   */
  List<Mention> withoutPlacesInQuotedNames(String text, List<Mention> mentions, List<Token> tokens) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean drop = m.type() == EntityType.PLACE && inQuotedName(text, m, tokens);
      if (drop && out == null) {
        out = new ArrayList<>(mentions.subList(0, i));
      } else if (!drop && out != null) {
        out.add(m);
      }
    }
    return out == null ? mentions : out;
  }

  private static boolean inQuotedName(String text, Mention m, List<Token> tokens) {
    int open = -1;
    for (int k = m.start() - 1; k >= 0 && k >= m.start() - 30; k--) {
      char c = text.charAt(k);
      if (OPENING_QUOTES.indexOf(c) >= 0) {
        open = k;
        break;
      }
      if (CLOSING_QUOTES.indexOf(c) >= 0 && c != '"' || c == '\n' || c == '。') {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    int close = -1;
    for (int k = m.end(); k < text.length() && k <= m.end() + 30; k++) {
      char c = text.charAt(k);
      if (CLOSING_QUOTES.indexOf(c) >= 0) {
        close = k;
        break;
      }
      if (c == '\n' || c == '。') {
        return false;
      }
    }
    if (close < 0) {
      return false;
    }
    Token next = tokenAt(tokens, close + 1);
    if (next == null) {
      return false;
    }
    String n = next.nature();
    return n.startsWith("n") && !n.equals("nx") && !n.equals("nnt") || n.equals("nis");
  }

  /** The token starting at {@code offset}, or null; tokens are in text order. */
  private static Token tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = tokens.get(mid).start();
      if (s == offset) {
        return tokens.get(mid);
      }
      if (s < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
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

  /**
   * The index of the last token of a stem that starts at token {@code k}: the token itself when it
   * is a stem, or up to four adjacent tokens whose words make one; -1 when none does. {@code
   * prefixes} are the stems' {@link #properPrefixes}.
   */
  static int stemEnd(List<Token> tokens, int k, Set<String> stems, Set<String> prefixes) {
    String first = tokens.get(k).word();
    if (stems.contains(first)) {
      return k;
    }
    if (!prefixes.contains(first)) {
      return -1; // most tokens begin no stem: nothing to join
    }
    StringBuilder sb = new StringBuilder();
    for (int j = k; j < tokens.size() && j < k + 4; j++) {
      Token t = tokens.get(j);
      if (j > k && tokens.get(j - 1).end() != t.start()) {
        return -1;
      }
      sb.append(t.word());
      if (sb.length() > 4) {
        return -1;
      }
      if (stems.contains(sb.toString())) {
        return j;
      }
    }
    return -1;
  }

  /** The distinct first characters of {@code stems}: a word beginning with none of them is no stem. */
  static String firstChars(Set<String> stems) {
    StringBuilder sb = new StringBuilder();
    for (String stem : stems) {
      if (!stem.isEmpty() && sb.indexOf(stem.substring(0, 1)) < 0) {
        sb.append(stem.charAt(0));
      }
    }
    return sb.toString();
  }

  /** Every start of a stem shorter than the stem (青 and 青岚 of 青岚湖). */
  static Set<String> properPrefixes(Set<String> stems) {
    Set<String> out = new HashSet<>();
    for (String stem : stems) {
      for (int i = 1; i < stem.length(); i++) {
        out.add(stem.substring(0, i));
      }
    }
    return out;
  }

  private static boolean followedByLevel(String text, int end) {
    return DomainLexicon.levelLengthAt(text, end) > 0;
  }

  /**
   * A bare place name stands alone when what follows it is punctuation, a function word, a verb
   * or nothing: "云溪绿茶", "“云溪好声音”", "柳湾广场" use the name inside other names.
   */
  private static boolean standsAlone(List<Token> tokens, Integer next) {
    if (next == null) {
      return true;
    }
    if (PlaceRules.routeFollows(tokens, next)) {
      return false; // 青岚至云溪快速通道: a road's name
    }
    Token t = tokens.get(next);
    String n = t.nature();
    return TokenTraits.isPunctuation(t.word()) || n.startsWith("p") || n.startsWith("c") || n.startsWith("u")
        || n.startsWith("d") || n.startsWith("v") && !n.equals("vn") || n.startsWith("f");
  }
}
