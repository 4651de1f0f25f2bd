package org.reportminer.dedup;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalizes report text for fingerprinting, so that reposted copies with cosmetic changes hash
 * alike. Per code point it applies Unicode NFKC (full-width letters, digits and punctuation become
 * half-width, compatibility ideographs become unified ones) and lower-cases letters; then it drops
 * whitespace, control and format characters, punctuation and symbols (they are what reposters
 * change, and they carry no evidence of copying), and replaces every template placeholder with the
 * single char {@link #PLACEHOLDER}.
 *
 * <p>Placeholders are runs of {@code _} ({@code "__区"}, {@code "＿＿"}, {@code "_ _ _"}), runs of
 * two or more of {@code × * □} ({@code "×××同志"}), and runs of {@code x} that do not belong to a
 * Latin word or a formula ({@code "XX区"}, {@code "X月X日"}; not {@code "Xbox"} or {@code "3x3"}).
 * ASCII digits directly before a placeholder belong to it, so {@code "20__年"} and {@code "20XX年"}
 * both become {@code PLACEHOLDER + "年"}, the same as {@code "__年"}.
 *
 * <p>Example: {@code "２０２３年4·26，__区"} normalizes to {@code "2023年426\uE000区"}.
 *
 * <p>Every normalized char keeps the UTF-16 range of the original code point it came from (see
 * {@link NormalizedText}). Stateless and thread-safe.
 */
public final class TextNormalizer {

  /** The one char every placeholder becomes (a private-use code point). */
  public static final char PLACEHOLDER = '\uE000';

  /** Normalizes {@code original}. */
  public NormalizedText normalize(String original) {
    Folded f = fold(original);
    int capacity = 0;
    for (int k = 0; k < f.size; k++) {
      capacity += Character.charCount(f.cps[k]);
    }
    StringBuilder out = new StringBuilder(capacity);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int n = 0;
    int i = 0;
    while (i < f.size) {
      int cp = f.cps[i];
      int tokenEnd = -1;
      if (isAsciiDigit(cp)) {
        int d = i;
        while (d < f.size && isAsciiDigit(f.cps[d])) {
          d++;
        }
        tokenEnd = placeholderEnd(f, d);
        if (tokenEnd < 0) {
          // Not a "20__" token: emit the digits one by one.
          for (; i < d; i++) {
            out.append((char) f.cps[i]);
            starts[n] = f.starts[i];
            ends[n] = f.ends[i];
            n++;
          }
          continue;
        }
      } else if (isPlaceholderChar(cp)) {
        tokenEnd = placeholderEnd(f, i);
        if (tokenEnd < 0) {
          // Not a blank: the run is decided as a whole (its x's are letters, the rest drops), so
          // a tail of it can never become a blank on a second pass.
          int runEnd = runEnd(f, i);
          for (; i < runEnd; i++) {
            if (keep(f.cps[i])) {
              out.append((char) f.cps[i]);
              starts[n] = f.starts[i];
              ends[n] = f.ends[i];
              n++;
            }
          }
          continue;
        }
      }
      if (tokenEnd > 0) {
        out.append(PLACEHOLDER);
        starts[n] = f.starts[i];
        ends[n] = f.ends[tokenEnd - 1];
        n++;
        i = tokenEnd;
        continue;
      }
      if (keep(cp)) {
        int units = Character.charCount(cp);
        out.appendCodePoint(cp);
        for (int u = 0; u < units; u++) {
          starts[n] = f.starts[i];
          ends[n] = f.ends[i];
          n++;
        }
      }
      i++;
    }
    return new NormalizedText(
        original, out.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  /**
   * The end (exclusive, in folded code points) of a valid placeholder run starting at {@code i},
   * or -1 when none starts there.
   */
  private static int placeholderEnd(Folded f, int i) {
    if (i >= f.size || !isPlaceholderChar(f.cps[i])) {
      return -1;
    }
    int end = runEnd(f, i);
    // Neighbours as they will stand in the normalized text (dropped chars skipped), so that
    // normalizing twice gives the same result.
    int prev = keptBefore(f, i);
    int next = keptFrom(f, end);
    int underscores = 0;
    int others = 0;
    int xs = 0;
    for (int k = i; k < end; k++) {
      int c = f.cps[k];
      if (c == '_') {
        underscores++;
      } else if (c == 'x') {
        xs++;
      } else if (isPlaceholderChar(c)) {
        others++;
      }
    }
    if (underscores > 0) {
      return end;
    }
    if (xs == 0) {
      return others >= 2 ? end : -1;
    }
    if (isAsciiLetter(prev) || isAsciiLetter(next)) {
      return -1;
    }
    if (xs + others >= 2) {
      return end;
    }
    // A lone x is a placeholder only between non-alphanumerics next to a Chinese char ("X月").
    boolean cjkNeighbour = isIdeograph(prev) || isIdeograph(next);
    return cjkNeighbour && !blocksLoneX(prev) && !blocksLoneX(next) ? end : -1;
  }

  /**
   * The end of the run of placeholder chars starting at {@code i}, allowing dropped chars
   * (whitespace, punctuation) between them ("_ _ _", "X、X").
   */
  private static int runEnd(Folded f, int i) {
    int end = i;
    int j = i;
    while (j < f.size) {
      if (isPlaceholderChar(f.cps[j])) {
        j++;
        end = j;
      } else if (!keep(f.cps[j])) {
        j++;
      } else {
        break;
      }
    }
    if (f.cps[i] == 'x' && isAsciiLetter(keptBefore(f, i))) {
      // Leading x's end a Latin word ("box__"): they form a run of their own.
      int k = i;
      while (k < end && f.cps[k] == 'x') {
        k++;
      }
      return k;
    }
    if (isAsciiLetter(keptFrom(f, end))) {
      // Trailing x's start a Latin word ("__xyz"): leave them out when something else remains.
      int k = end;
      while (k > i && (f.cps[k - 1] == 'x' || !isPlaceholderChar(f.cps[k - 1]))) {
        k--;
      }
      if (k > i) {
        return k;
      }
    }
    return end;
  }

  /** The nearest char before {@code i} that survives normalization or is a placeholder char. */
  private static int keptBefore(Folded f, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (keep(f.cps[k]) || isPlaceholderChar(f.cps[k])) {
        return f.cps[k];
      }
    }
    return -1;
  }

  /** The nearest char at or after {@code i} that survives normalization or is a placeholder char. */
  private static int keptFrom(Folded f, int i) {
    for (int k = i; k < f.size; k++) {
      if (keep(f.cps[k]) || isPlaceholderChar(f.cps[k])) {
        return f.cps[k];
      }
    }
    return -1;
  }

  /** Neighbours that make a lone x part of a word, a formula ("3x3") or a longer blank. */
  private static boolean blocksLoneX(int cp) {
    return isAsciiLetter(cp) || isAsciiDigit(cp) || cp == PLACEHOLDER || isPlaceholderChar(cp);
  }

  private static boolean isPlaceholderChar(int cp) {
    return cp == '_' || cp == 'x' || cp == '\u00D7' || cp == '*' || cp == '\u25A1';
  }

  private static boolean keep(int cp) {
    if (isSpace(cp)) {
      return false;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return false;
      default:
        return true;
    }
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isAsciiDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  private static boolean isAsciiLetter(int cp) {
    return cp >= 'a' && cp <= 'z';
  }

  private static boolean isIdeograph(int cp) {
    return cp >= 0 && Character.isIdeographic(cp);
  }

  /** Code points after NFKC and lower-casing, each with the original UTF-16 range it came from. */
  private static final class Folded {
    int[] cps;
    int[] starts;
    int[] ends;
    int size;

    Folded(int capacity) {
      cps = new int[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
    }

    void add(int cp, int start, int end) {
      if (size == cps.length) {
        int cap = Math.max(16, size * 2);
        cps = Arrays.copyOf(cps, cap);
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
      }
      cps[size] = cp;
      starts[size] = start;
      ends[size] = end;
      size++;
    }
  }

  private static Folded fold(String s) {
    Folded f = new Folded(s.length() + 8);
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int end = i + Character.charCount(cp);
      boolean plain =
          cp < 0x80
              || (cp >= 0x4E00 && cp <= 0x9FFF)
              || (cp <= 0xFFFF && Character.isSurrogate((char) cp));
      if (plain) {
        f.add(Character.toLowerCase(cp), i, end);
      } else {
        String nfkc = Normalizer.normalize(s.substring(i, end), Normalizer.Form.NFKC);
        int k = 0;
        while (k < nfkc.length()) {
          int c = nfkc.codePointAt(k);
          f.add(Character.toLowerCase(c), i, end);
          k += Character.charCount(c);
        }
      }
      i = end;
    }
    return f;
  }
}
