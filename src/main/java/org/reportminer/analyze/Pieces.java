package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The tokens of one sentence, split further wherever a recognizer's mention starts or ends inside
 * a token, so that every mention boundary is a piece boundary. Pieces keep the nature of the token
 * they came from. Offsets are report offsets. Immutable; used by one thread at a time.
 */
final class Pieces {
  final Sentence sentence;
  final List<Token> list;
  private final int[] startIndex; // sentence-relative offset -> index of the piece starting there
  private final int[] endIndex; // sentence-relative offset -> index of the piece ending there

  Pieces(Sentence sentence, List<Token> tokens, TreeSet<Integer> cuts) {
    this.sentence = sentence;
    List<Token> out = new ArrayList<>(tokens.size() + cuts.size());
    int covered = sentence.start();
    for (Token t : tokens) {
      if (t.start() > covered) {
        // HanLP skips nothing in practice; keep any gap as a punctuation piece to stay total
        out.add(new Token(sentence.text().substring(covered - sentence.start(), t.start() - sentence.start()), "w", covered, t.start()));
      }
      int from = t.start();
      for (Integer c : cuts.subSet(t.start() + 1, t.end())) {
        out.add(new Token(t.word().substring(from - t.start(), c - t.start()), t.nature(), from, c));
        from = c;
      }
      out.add(new Token(t.word().substring(from - t.start()), t.nature(), from, t.end()));
      covered = t.end();
    }
    if (covered < sentence.end()) {
      out.add(new Token(sentence.text().substring(covered - sentence.start()), "w", covered, sentence.end()));
    }
    this.list = List.copyOf(out);
    int len = sentence.text().length();
    startIndex = new int[len + 1];
    endIndex = new int[len + 1];
    Arrays.fill(startIndex, -1);
    Arrays.fill(endIndex, -1);
    for (int k = 0; k < list.size(); k++) {
      startIndex[list.get(k).start() - sentence.start()] = k;
      endIndex[list.get(k).end() - sentence.start()] = k;
    }
  }

  int size() {
    return list.size();
  }

  Token get(int k) {
    return list.get(k);
  }

  /** Index of the piece starting at report offset {@code offset}, or -1. */
  int startingAt(int offset) {
    int rel = offset - sentence.start();
    return rel < 0 || rel >= startIndex.length ? -1 : startIndex[rel];
  }

  /** Index of the piece ending at report offset {@code offset}, or -1. */
  int endingAt(int offset) {
    int rel = offset - sentence.start();
    return rel < 0 || rel >= endIndex.length ? -1 : endIndex[rel];
  }

  /** The text between two report offsets. */
  String text(int start, int end) {
    return sentence.text().substring(start - sentence.start(), end - sentence.start());
  }
}
