package org.reportminer.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The words of a dictionary looked up by how a string ends: "which word does 区教育局 end with?"
 * without cutting the string into substrings and looking each one up. The words are kept by
 * their last character, longest first, so most strings (those ending in a character no word
 * ends in) are answered by one scan of those characters. It is not a set: whether a whole string is a word is
 * a plain {@code Set}'s job.
 *
 * <p>Immutable and thread-safe. Example: over {局, 教育局, 协会}, {@code longestSuffixOf("区教育局",
 * 1, 4)} is "教育局" and {@code longestSuffixOf("区教育局", 1, 2)} is "局".
 */
public final class SuffixIndex {
  /** The distinct last characters of the words; {@code words[i]} end in {@code lastChars[i]}. */
  private final String lastChars;
  private final String[][] words;

  /** An index of {@code words}; empty words are ignored (no string ends with one). */
  public SuffixIndex(Collection<String> words) {
    Map<Character, List<String>> lists = new LinkedHashMap<>();
    for (String w : new LinkedHashSet<>(words)) {
      if (!w.isEmpty()) {
        lists.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
      }
    }
    StringBuilder chars = new StringBuilder();
    this.words = new String[lists.size()][];
    for (Map.Entry<Character, List<String>> e : lists.entrySet()) {
      List<String> list = e.getValue();
      list.sort(Comparator.comparingInt(String::length).reversed());
      this.words[chars.length()] = list.toArray(String[]::new);
      chars.append(e.getKey().charValue());
    }
    this.lastChars = chars.toString();
  }

  /**
   * The longest word of {@code minLength} to {@code maxLength} characters that {@code s} ends
   * with ({@code s} itself counts when its length is in range), or null.
   */
  public String longestSuffixOf(String s, int minLength, int maxLength) {
    if (s.isEmpty()) {
      return null;
    }
    // a scan of a few dozen chars beats a map look-up with a boxed key
    int i = lastChars.indexOf(s.charAt(s.length() - 1));
    if (i < 0) {
      return null;
    }
    for (String w : words[i]) { // longest first: the first that fits is the longest
      if (w.length() <= maxLength && w.length() >= minLength && s.endsWith(w)) {
        return w;
      }
    }
    return null;
  }
}
