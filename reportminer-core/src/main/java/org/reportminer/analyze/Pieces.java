package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.Token;

/**
 * The tokens of one sentence, split further wherever a recognizer's mention starts or ends inside
 * a token, so that every mention boundary is a piece boundary. Pieces keep the nature of the token
 * they came from. Offsets are report offsets. Immutable; used by one thread at a time.
 */
final class Pieces {
  final Sentence sentence;
  final List<Token> list;
  private final int[] starts;
  private final int[] ends;
  /** Each piece's {@link DomainLexicon#roles}, looked up once for all the rules. */
  private final int[] roles;

  /**
   * @param cuts sorted report offsets where pieces must begin or end
   * @param lexicon gives each piece its roles
   */
  Pieces(Sentence sentence, List<Token> tokens, int[] cuts, DomainLexicon lexicon) {
    this.sentence = sentence;
    List<Token> out = new ArrayList<>(tokens.size() + cuts.length);
    int covered = sentence.start();
    for (Token t : tokens) {
      if (t.start() > covered) {
        // HanLP skips nothing in practice; keep any gap as a punctuation piece to stay total
        out.add(new Token(sentence.text().substring(covered - sentence.start(), t.start() - sentence.start()), "w", covered, t.start()));
      }
      int from = t.start();
      if (cuts.length > 0 && t.end() - t.start() > 1) {
        int c = Arrays.binarySearch(cuts, t.start() + 1);
        for (int k = c >= 0 ? c : -c - 1; k < cuts.length && cuts[k] < t.end(); k++) {
          out.add(new Token(t.word().substring(from - t.start(), cuts[k] - t.start()), t.nature(), from, cuts[k]));
          from = cuts[k];
        }
      }
      out.add(from == t.start() ? t : new Token(t.word().substring(from - t.start()), t.nature(), from, t.end()));
      covered = t.end();
    }
    if (covered < sentence.end()) {
      out.add(new Token(sentence.text().substring(covered - sentence.start()), "w", covered, sentence.end()));
    }
    this.list = List.copyOf(out);
    starts = new int[list.size()];
    ends = new int[list.size()];
    roles = new int[list.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = list.get(k).start();
      ends[k] = list.get(k).end();
      roles[k] = lexicon.roles(list.get(k).word());
    }
  }

  int size() {
    return list.size();
  }

  Token get(int k) {
    return list.get(k);
  }

  /** True when piece {@code k} has any of the {@link DomainLexicon#roles} in {@code role}. */
  boolean has(int k, int role) {
    return (roles[k] & role) != 0;
  }

  /** Index of the piece starting at report offset {@code offset}, or -1. */
  int startingAt(int offset) {
    int k = Arrays.binarySearch(starts, offset);
    return k >= 0 ? k : -1;
  }

  /** Index of the piece ending at report offset {@code offset}, or -1. */
  int endingAt(int offset) {
    int k = Arrays.binarySearch(ends, offset);
    return k >= 0 ? k : -1;
  }

  /** The text between two report offsets. */
  String text(int start, int end) {
    return sentence.text().substring(start - sentence.start(), end - sentence.start());
  }
}
