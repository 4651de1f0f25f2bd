package org.reportminer.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.reportminer.model.Page;

/**
 * Whether a page's decoding is doubtful enough to tell the user: the page is still indexed, but
 * a run writes a {@code charset} record to its failures log and one warning line ({@link
 * org.reportminer.model.Failure#CHARSET}). Only pages this tool decoded itself (HTML and plain
 * text, {@code source.charset} set) are judged, on the page's title and body as {@link
 * Extractor#page} gives them (cleaned; site template lines, which a run removes later, included):
 * damage in stripped boilerplate does not count. {@link Extractor} logs invalid byte sequences of
 * the other pages as a plain warning.
 *
 * <p>Doubtful means the same as a "mojibake page" of {@code eval} (docs/QUALITY.md), restricted
 * to what the decoding can cause:
 *
 * <ul>
 *   <li><b>replaced bytes:</b> more than 1 character in {@value #MAX_REPLACED_PER} (1%) of the
 *       text, whitespace aside, is U+FFFD. The decoder accepts a CJK decoding with up to 3 invalid
 *       sequences whatever the length, or 1 per 100 non-ASCII characters ({@link
 *       CharsetDecider}); so 3 replaced bytes in a 2,000-character report (0.15%) stay a log
 *       warning, while 3 in a 100-character page, or a last-resort decoding with many invalid
 *       sequences, are doubtful.
 *   <li><b>CJK bytes read as a Western charset:</b> the charset used is single-byte, at least
 *       {@value #MIN_LATIN1} characters are Latin-1 letters (U+00C0–U+00FF) making up more than
 *       5% of the non-ASCII characters, and non-ASCII characters are more than a third of the
 *       text. Chinese read as ISO-8859-1 is almost all such letters; French or German text in
 *       windows-1252 has far fewer non-ASCII characters than a third, and is not doubtful.
 * </ul>
 *
 * <p>Example: {@code CharsetDoubt.of(page).ifPresent(reason -> log(reason))}. Stateless.
 */
public final class CharsetDoubt {
  /** At most one U+FFFD per this many characters (whitespace aside). */
  static final int MAX_REPLACED_PER = 100;
  /** Fewest Latin-1 letters that make a Western decoding of CJK bytes. */
  static final int MIN_LATIN1 = 5;

  private CharsetDoubt() {}

  /** Why the page's decoding is doubtful (one line), or empty when it is not. */
  public static Optional<String> of(Page page) {
    String charset = page.source().charset();
    if (charset == null) {
      return Optional.empty(); // decoded by Tika's parsers (PDF, DOCX …), not by a charset
    }
    Counts c = new Counts();
    c.add(page.title());
    page.paragraphs().forEach(c::add);
    if (c.replaced > 0 && (long) c.replaced * MAX_REPLACED_PER > c.chars) {
      return Optional.of(c.replaced + " of " + c.chars + " characters are U+FFFD ("
          + page.source().invalidSequences() + " invalid byte sequences in " + charset + ")");
    }
    if (singleByte(charset) && c.latin1 >= MIN_LATIN1 && (long) c.latin1 * 20 > c.nonAscii
        && (long) c.nonAscii * 3 > c.chars) {
      return Optional.of("decoded as " + charset + ", " + c.latin1 + " of " + c.chars
          + " characters are Latin-1 letters (CJK bytes read as a Western charset?)");
    }
    return Optional.empty();
  }

  /** Character counts of the indexed text. */
  private static final class Counts {
    int chars;
    int nonAscii;
    int replaced;
    int latin1;

    void add(String s) {
      if (s == null) {
        return;
      }
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
          continue;
        }
        chars++;
        if (ch >= 0x80) {
          nonAscii++;
        }
        if (ch == '\uFFFD') {
          replaced++;
        } else if (ch >= 0xC0 && ch <= 0xFF && ch != 0xD7 && ch != 0xF7) {
          latin1++;
        }
      }
    }
  }

  private static boolean singleByte(String charset) {
    try {
      return Charset.forName(charset.toLowerCase(Locale.ROOT)).newEncoder().maxBytesPerChar() <= 1.0f;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException | UnsupportedOperationException e) {
      return false;
    }
  }
}
