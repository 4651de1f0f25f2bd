package org.reportminer.analyze.ner;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Two word lists matched against a sentence for the model's dictionary features ({@link
 * CharFeatures}, templates {@code r} and {@code s}): China's administrative divisions (place names)
 * and organization suffixes (局, 委员会, 有限公司 …). Each list is matched on its own, by forward
 * maximum matching (from the left, the longest entry starting at a char; matches never overlap),
 * and every char gets its position in the match covering it: B, M, E, S, or none.
 *
 * <p>The lists are resources beside the model: {@code places.txt} (names of the divisions at county
 * level and above and their short forms, written by {@code scripts/gazetteer-places.py}; provenance
 * in docs/MODELS.md) and {@code org-suffixes.txt}. A model trained with these features must be
 * used with the same lists. A match is found with one pass of an Aho-Corasick automaton per list
 * and sentence. Immutable; thread-safe.
 *
 * <p>Example: in {@code 云溪县人民政府}, the places give {@code B M E - - - -} (云溪县) and the
 * suffixes {@code - - - B M M E} (人民政府).
 */
public final class Gazetteer {
  /** Codes of a char's position, by index: before the sentence, after it, B, M, E, S, none. */
  static final String CODES = "^$BMES-";

  static final byte BEFORE = 0;
  static final byte AFTER = 1;
  private static final byte B = 2;
  private static final byte M = 3;
  private static final byte E = 4;
  private static final byte S = 5;
  static final byte NONE = 6;

  private final AhoCorasickDoubleArrayTrie<Integer> places;
  private final AhoCorasickDoubleArrayTrie<Integer> suffixes;

  /** Lists given as words (blank entries ignored). */
  public Gazetteer(Collection<String> places, Collection<String> suffixes) {
    this.places = trie(places);
    this.suffixes = trie(suffixes);
  }

  /** The lists shipped with the model (loaded once per JVM on first use). */
  public static Gazetteer shipped() {
    return Shipped.INSTANCE;
  }

  /** The place position code ({@link #CODES}) of every char of {@code text}. */
  byte[] places(String text) {
    return codes(places, text);
  }

  /** The organization-suffix position code ({@link #CODES}) of every char of {@code text}. */
  byte[] suffixes(String text) {
    return codes(suffixes, text);
  }

  private static byte[] codes(AhoCorasickDoubleArrayTrie<Integer> trie, String text) {
    int n = text.length();
    byte[] out = new byte[n];
    java.util.Arrays.fill(out, NONE);
    if (n == 0 || trie.size() == 0) {
      return out;
    }
    int[] longestEnd = new int[n];
    trie.parseText(
        text,
        (begin, end, value) -> {
          if (end > longestEnd[begin]) {
            longestEnd[begin] = end;
          }
        });
    int i = 0;
    while (i < n) {
      int end = longestEnd[i];
      if (end <= i) {
        i++;
        continue;
      }
      if (end - i == 1) {
        out[i] = S;
      } else {
        out[i] = B;
        for (int j = i + 1; j < end - 1; j++) {
          out[j] = M;
        }
        out[end - 1] = E;
      }
      i = end;
    }
    return out;
  }

  private static AhoCorasickDoubleArrayTrie<Integer> trie(Collection<String> words) {
    TreeMap<String, Integer> map = new TreeMap<>();
    for (String w : words) {
      String t = w.strip();
      if (!t.isEmpty()) {
        map.put(t, t.length());
      }
    }
    AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
    trie.build(map);
    return trie;
  }

  /** The entries of a resource list: one per line, {@code #} starts a comment line. */
  static List<String> readList(String resource) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("gazetteer list not found: " + resource));
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Lazy holder of the shipped lists. */
  private static final class Shipped {
    static final Gazetteer INSTANCE =
        new Gazetteer(
            readList("/models/ner/places.txt"), readList("/models/ner/org-suffixes.txt"));
  }
}
