package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.SuffixIndex;
import org.reportminer.nlp.Token;

/**
 * The look-ups by ending ({@link SuffixIndex}, {@link DomainLexicon#orgSuffixOf}, {@link
 * DomainLexicon#endsWithTitle}, the level-word helpers and the stem pre-check) answer exactly as
 * the plain loops they replaced, over every lexicon word, words with made-up heads and random
 * strings of the characters the lexicon uses.
 */
class SuffixLookupTest {
  private static final DomainLexicon LEXICON = DomainLexicon.shipped();

  @Test
  void indexFindsTheLongestEndingInRange() {
    SuffixIndex index = new SuffixIndex(List.of("局", "教育局", "协会", "", "局"));
    assertEquals("教育局", index.longestSuffixOf("区教育局", 1, 4));
    assertEquals("局", index.longestSuffixOf("区教育局", 1, 2));
    assertNull(index.longestSuffixOf("区教育局", 4, 9));
    assertEquals("协会", index.longestSuffixOf("协会", 1, 2));
    assertNull(index.longestSuffixOf("协会", 1, 1));
    assertNull(index.longestSuffixOf("", 0, 5));
    assertNull(index.longestSuffixOf("法律咨询", 1, 4));
  }

  @Test
  void lexiconLookupsAnswerAsThePlainLoops() {
    Set<String> suffixes = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (DomainLexicon.Entry e : LEXICON.entries()) {
      if (e.nature().equals("nis") || e.nature().equals("nto")) {
        suffixes.add(e.word());
      } else if (e.nature().equals("nnt")) {
        titles.add(e.word());
      }
    }
    int maxSuffixLength = suffixes.stream().mapToInt(String::length).max().orElseThrow();
    int checked = 0;
    for (String s : samples()) {
      assertEquals(plainOrgSuffixOf(s, suffixes, maxSuffixLength), LEXICON.orgSuffixOf(s), s);
      assertEquals(plainEndsWithTitle(s, titles), LEXICON.endsWithTitle(s), s);
      assertEquals(plainLevelOf(s), DomainLexicon.levelEnding(s), s);
      for (int pos = 0; pos <= s.length(); pos++) {
        assertEquals(plainLevelAt(s, pos), DomainLexicon.levelLengthAt(s, pos), s + "@" + pos);
      }
      checked++;
    }
    assertTrue(checked > 10_000, "too few samples: " + checked);
  }

  @Test
  void aWordBeginningWithNoStemCharacterBeginsNoStem() {
    Set<String> stems = Set.of("青岚", "柳湾", "石桥镇东", "云溪");
    Set<String> prefixes = DocumentConsistency.properPrefixes(stems);
    String firstChars = DocumentConsistency.firstChars(stems);
    Random random = new Random(7);
    String alphabet = "青岚柳湾石桥镇东云溪市区的和";
    for (int n = 0; n < 20_000; n++) {
      List<Token> tokens = new ArrayList<>();
      int offset = 0;
      for (int k = 0; k < 4; k++) {
        String w = randomString(random, alphabet, 1 + random.nextInt(3));
        tokens.add(new Token(w, "n", offset, offset + w.length()));
        offset += w.length() + random.nextInt(2);
      }
      if (DocumentConsistency.stemEnd(tokens, 0, stems, prefixes) >= 0) {
        assertTrue(firstChars.indexOf(tokens.get(0).word().charAt(0)) >= 0, tokens.toString());
      }
    }
  }

  /** Lexicon words, lexicon words with heads before them, level words, and random strings. */
  private static List<String> samples() {
    List<String> words = new ArrayList<>();
    StringBuilder chars = new StringBuilder("_X某的中心");
    for (DomainLexicon.Entry e : LEXICON.entries()) {
      words.add(e.word());
      chars.append(e.word());
    }
    words.addAll(DomainLexicon.LEVEL_SUFFIXES);
    chars.append(String.join("", DomainLexicon.LEVEL_SUFFIXES));
    Random random = new Random(2026);
    List<String> out = new ArrayList<>(words);
    out.add("");
    for (String w : words) {
      for (int k = 0; k < 4; k++) {
        out.add(randomString(random, chars, k) + w);
        out.add(w + randomString(random, chars, k));
      }
    }
    for (int n = 0; n < 10_000; n++) {
      out.add(randomString(random, chars, random.nextInt(8)));
    }
    return out;
  }

  private static String randomString(Random random, CharSequence alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < length; k++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  // the loops as they were before the look-ups by ending

  private static String plainOrgSuffixOf(String name, Set<String> suffixes, int maxSuffixLength) {
    for (int len = Math.min(maxSuffixLength, name.length()); len >= 1; len--) {
      String tail = name.substring(name.length() - len);
      if (suffixes.contains(tail)) {
        return tail;
      }
    }
    return null;
  }

  private static boolean plainEndsWithTitle(String w, Set<String> titles) {
    for (int k = 1; k + 2 <= w.length(); k++) {
      if (titles.contains(w.substring(k))) {
        return true;
      }
    }
    return false;
  }

  private static String plainLevelOf(String name) {
    for (String level : DomainLexicon.LEVEL_SUFFIXES) {
      if (name.endsWith(level) && name.length() > level.length()) {
        return level;
      }
    }
    return null;
  }

  private static int plainLevelAt(String s, int pos) {
    for (String level : DomainLexicon.LEVEL_SUFFIXES) {
      if (s.startsWith(level, pos)) {
        return level.length();
      }
    }
    return 0;
  }
}
