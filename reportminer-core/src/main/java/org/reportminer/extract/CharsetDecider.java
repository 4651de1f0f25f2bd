package org.reportminer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector;
import org.apache.tika.parser.txt.BOMDetector;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Decides how to decode the bytes of a text document (HTML or plain text) and decodes them.
 *
 * <p>Order of evidence: a byte-order mark; then the declarations (the HTTP Content-Type charset,
 * then for HTML the {@code <meta>} charset found by Tika's WHATWG pre-scan); then detection. A
 * declaration is only believed when the bytes decode strictly in
 * it and the result is plausible: bytes that are valid multi-byte UTF-8 are not GBK, and Chinese
 * double-byte text is not ISO-8859-1. When a declaration is rejected the bytes win, and {@link
 * Decoded#charset()} says which charset was really used. GBK, GB2312 and their aliases are always
 * decoded as GB18030, their superset, so that characters outside GB2312 survive.
 *
 * <p>Detection: ASCII and valid multi-byte UTF-8 are UTF-8; then Mozilla's universal detector
 * (Tika's UniversalEncodingDetector) when it names a multi-byte charset the bytes decode in
 * strictly; then one domain prior: this tool reads Chinese archives, so bytes that decode strictly
 * as GB18030 into Chinese characters are GB18030 (short texts are what the detectors get wrong:
 * to them "工作总结" in GBK looks Thai or Western); then ICU's detector (Tika's copy), which is
 * slower because it runs every n-gram model. The detectors look at the first 32 KB.
 *
 * <p>Damaged bytes: when no charset decodes the bytes strictly but a CJK one almost does (a few
 * invalid sequences, see {@link #almostClean}), that CJK decoding is used, each invalid sequence
 * becoming one U+FFFD counted in {@link Decoded#invalidSequences()}. Charsets that decode any
 * bytes without error (single-byte ones such as ISO-8859-1 or IBM500, UTF-16) never take the
 * place of almost-clean Chinese text.
 *
 * <p>Thread-safe (stateless; Tika's detectors are created per call).
 */
public final class CharsetDecider {

  /** Where the charset decision came from. */
  public enum Evidence {
    BOM,
    DECLARED,
    DETECTED
  }

  /**
   * Decoded text.
   *
   * @param text the text without any byte-order mark
   * @param charset the charset used to decode it
   * @param evidence why that charset was used
   * @param rejectedDeclaration a declared charset that the bytes contradicted, or null
   * @param invalidSequences byte sequences that were invalid in {@code charset} and became U+FFFD
   *     (0 for a clean decoding; see {@link #almostClean})
   * @param otherCharsetSpans in a document mixing UTF-8 and GB18030, the runs of non-ASCII bytes
   *     decoded in the other charset than {@code charset} (0 otherwise)
   */
  public record Decoded(
      String text, Charset charset, Evidence evidence, String rejectedDeclaration, int invalidSequences,
      int otherCharsetSpans) {

    /** A decoding without invalid byte sequences. */
    public Decoded(String text, Charset charset, Evidence evidence, String rejectedDeclaration) {
      this(text, charset, evidence, rejectedDeclaration, 0, 0);
    }

    /** A decoding in one charset. */
    public Decoded(String text, Charset charset, Evidence evidence, String rejectedDeclaration, int invalidSequences) {
      this(text, charset, evidence, rejectedDeclaration, invalidSequences, 0);
    }
  }

  /**
   * A decoding with its count of invalid byte sequences (each became one U+FFFD).
   *
   * @param text the decoded text
   * @param invalid how many malformed or unmappable byte sequences were replaced
   */
  record Lenient(String text, int invalid) {}

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Set<String> GB_FAMILY =
      Set.of("gbk", "gb2312", "gb_2312-80", "x-gbk", "euc-cn", "cp936", "ms936", "windows-936",
          "csgb2312", "chinese", "iso-ir-58", "x-euc-cn", "gb18030");
  /** How many bytes the meta pre-scan looks at (the WHATWG algorithm uses 1024; pages often need more). */
  private static final int META_SCAN_BYTES = 8192;
  private static final byte[] CHARSET_WORD = "charset".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** Bytes after the last "charset" the scan still reads: the rest of the declaring tag. */
  private static final int DECLARATION_TAIL = 512;
  /** The ICU confidence a non-Chinese guess needs to call octet-stream bytes text. */
  private static final int WEAK_CONFIDENCE = 50;

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the raw document
   * @param httpCharset the charset from an HTTP Content-Type header, or null
   * @param html whether to look for an HTML meta declaration
   */
  public Decoded decode(byte[] bytes, String httpCharset, boolean html) {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      byte[] rest = Arrays.copyOfRange(bytes, bom.length, bytes.length);
      Lenient l = lenient(rest, bom.charset);
      return new Decoded(l.text(), bom.charset, Evidence.BOM, null, l.invalid());
    }
    String rejected = null;
    String[] declarations = {httpCharset, html ? metaCharset(bytes) : null};
    for (String declared : declarations) {
      Charset cs = normalize(declared);
      if (cs == null) {
        continue;
      }
      String text = strict(bytes, cs);
      if (text != null && plausible(bytes, cs)) {
        return new Decoded(text, cs, Evidence.DECLARED, null);
      }
      if (rejected == null) {
        rejected = cs.name();
      }
    }
    // A declared CJK charset the bytes almost fit (a few damaged bytes, as truncated copies and
    // careless concatenations leave) still wins over any detection.
    for (String declared : declarations) {
      Charset cs = normalize(declared);
      if (cs == null || !isCjkMultiByte(cs) || (!cs.equals(StandardCharsets.UTF_8) && looksUtf8(bytes))) {
        continue;
      }
      Lenient l = almostClean(bytes, cs);
      Lenient utf8 = cs.equals(StandardCharsets.UTF_8) || l == null ? null : almostClean(bytes, StandardCharsets.UTF_8);
      if (l != null && (utf8 == null || utf8.invalid() >= l.invalid())) {
        return new Decoded(l.text(), cs, Evidence.DECLARED, null, l.invalid());
      }
    }
    Charset detected = detect(bytes);
    if (detected == null) {
      Candidate best = bestAlmostClean(bytes);
      if (best != null) {
        return new Decoded(best.text(), best.charset(), Evidence.DETECTED, rejected, best.invalid());
      }
      Mixed mixed = mixed(bytes);
      if (mixed != null) {
        return new Decoded(mixed.text(), mixed.charset(), Evidence.DETECTED, rejected, mixed.invalid(),
            mixed.otherSpans());
      }
      detected = icu(bytes, true);
    }
    Lenient l = lenient(bytes, detected);
    return new Decoded(l.text(), detected, Evidence.DETECTED, rejected, l.invalid());
  }

  /**
   * A decoding of a document that mixes UTF-8 and GB18030 (a UTF-8 template around GBK includes,
   * an offline copier's GBK notes injected into UTF-8 pages).
   *
   * @param charset the charset of most of the non-ASCII bytes
   * @param otherSpans spans decoded in the other charset
   */
  private record Mixed(String text, Charset charset, int invalid, int otherSpans) {}

  /**
   * Decodes each maximal run of non-ASCII bytes on its own: in UTF-8 when it is valid UTF-8, else
   * in GB18030 when it is valid there, else leniently in the charset of the majority. A run valid
   * in both goes to the majority charset (the one with more bytes in the runs only one of them
   * accepts). Returns null unless both charsets have runs of their own and the rest is almost
   * clean Chinese: this is only for documents no single CJK charset decodes.
   */
  private static Mixed mixed(byte[] bytes) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < bytes.length; ) {
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < bytes.length && bytes[i] < 0) {
        i++;
      }
      runs.add(new int[] {start, i});
    }
    long utf8Only = 0, gbOnly = 0;
    byte[] kinds = new byte[runs.size()]; // 1 utf-8 only, 2 gb only, 3 both, 0 neither
    for (int k = 0; k < runs.size(); k++) {
      int[] r = runs.get(k);
      ByteBuffer span = ByteBuffer.wrap(bytes, r[0], r[1] - r[0]);
      boolean u = valid(span.duplicate(), StandardCharsets.UTF_8);
      boolean g = valid(span.duplicate(), GB18030);
      kinds[k] = (byte) ((u ? 1 : 0) | (g ? 2 : 0));
      utf8Only += kinds[k] == 1 ? r[1] - r[0] : 0;
      gbOnly += kinds[k] == 2 ? r[1] - r[0] : 0;
    }
    if (utf8Only == 0 || gbOnly == 0) {
      return null;
    }
    Charset major = utf8Only >= gbOnly ? StandardCharsets.UTF_8 : GB18030;
    Charset minor = major.equals(GB18030) ? StandardCharsets.UTF_8 : GB18030;
    int majorBit = major.equals(GB18030) ? 2 : 1;
    StringBuilder out = new StringBuilder(bytes.length);
    int invalid = 0, other = 0, at = 0;
    for (int k = 0; k < runs.size(); k++) {
      int[] r = runs.get(k);
      out.append(new String(bytes, at, r[0] - at, StandardCharsets.US_ASCII));
      byte[] span = Arrays.copyOfRange(bytes, r[0], r[1]);
      Charset cs = (kinds[k] & majorBit) != 0 || kinds[k] == 0 ? major : minor;
      Lenient l = lenient(span, cs);
      out.append(l.text());
      invalid += l.invalid();
      other += cs.equals(minor) ? 1 : 0;
      at = r[1];
    }
    out.append(new String(bytes, at, bytes.length - at, StandardCharsets.US_ASCII));
    String text = out.toString();
    int nonAscii = 0;
    for (int i = 0; i < text.length(); i++) {
      nonAscii += text.charAt(i) >= 0x80 ? 1 : 0;
    }
    boolean few = invalid <= MAX_INVALID_ABSOLUTE || (long) invalid * MAX_INVALID_PER <= nonAscii;
    return few && mostlyChinese(text.replace("\uFFFD", "")) ? new Mixed(text, major, invalid, other) : null;
  }

  private static boolean valid(ByteBuffer span, Charset cs) {
    try {
      cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(span);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** An almost-clean decoding and the charset that gave it. */
  private record Candidate(String text, Charset charset, int invalid) {}

  /**
   * The CJK decoding (UTF-8, then GB18030) with the fewest invalid sequences among those that are
   * almost clean, or null.
   */
  private static Candidate bestAlmostClean(byte[] bytes) {
    Candidate best = null;
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
      Lenient l = almostClean(bytes, cs);
      if (l != null && (best == null || l.invalid() < best.invalid())) {
        best = new Candidate(l.text(), cs, l.invalid());
      }
    }
    return best;
  }

  /**
   * The lenient decoding of {@code bytes} in {@code cs} when it is almost clean: some invalid
   * sequences, but at most {@value #MAX_INVALID_ABSOLUTE} or one in {@value #MAX_INVALID_PER}
   * non-ASCII characters, and the rest reads as Chinese ({@link #mostlyChinese}). Null otherwise.
   * A page of Chinese text with a few damaged bytes is still Chinese text: no single-byte charset
   * (ISO-8859-1, EBCDIC …), which decodes any bytes "cleanly", may take its place.
   */
  static Lenient almostClean(byte[] bytes, Charset cs) {
    Lenient l = lenient(bytes, cs);
    if (l.invalid() == 0) {
      return mostlyChinese(l.text()) ? l : null;
    }
    int nonAscii = 0;
    for (int i = 0; i < l.text().length(); i++) {
      char c = l.text().charAt(i);
      if (c >= 0x80 && c != '\uFFFD') {
        nonAscii++;
      }
    }
    boolean few = l.invalid() <= MAX_INVALID_ABSOLUTE || (long) l.invalid() * MAX_INVALID_PER <= nonAscii;
    return few && mostlyChinese(l.text().replace("\uFFFD", "")) ? l : null;
  }

  /** Invalid sequences an almost-clean decoding may have whatever its length. */
  static final int MAX_INVALID_ABSOLUTE = 3;
  /** Otherwise at most one invalid sequence per this many non-ASCII characters (1%). */
  static final int MAX_INVALID_PER = 100;

  private static boolean isCjkMultiByte(Charset cs) {
    String n = cs.name().toLowerCase(Locale.ROOT);
    return n.equals("utf-8") || n.equals("gb18030") || n.equals("big5") || n.equals("big5-hkscs")
        || n.equals("euc-jp") || n.equals("shift_jis") || n.equals("euc-kr") || n.equals("windows-31j");
  }

  /**
   * Maps a declared charset name to the charset we decode with: the GB family to GB18030, unknown
   * or unsupported names to null (ignored).
   */
  public static Charset normalize(String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return null;
    }
    if (GB_FAMILY.contains(n)) {
      return GB18030;
    }
    try {
      Charset cs = Charset.forName(n);
      return GB_FAMILY.contains(cs.name().toLowerCase(Locale.ROOT)) ? GB18030 : cs;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The charset named by a {@code <meta>} tag in the first bytes, or null. */
  static String metaCharset(byte[] bytes) {
    // Every declaration (<meta charset>, http-equiv content="…; charset=…") holds the word
    // "charset": without it there is nothing to find, and the scan need not go past the last one
    // (plus the rest of its tag). Tika's pre-scanner reads byte by byte through every tag, which
    // over a whole body cost more than parsing the page.
    int limit = Math.min(bytes.length, META_SCAN_BYTES);
    int last = lastIndexOfCharsetWord(bytes, limit);
    if (last < 0) {
      return null;
    }
    limit = Math.min(limit, last + DECLARATION_TAIL);
    StandardHtmlEncodingDetector detector = new StandardHtmlEncodingDetector();
    detector.setMarkLimit(META_SCAN_BYTES);
    try {
      Charset cs = detector.detect(new ByteArrayInputStream(bytes, 0, limit), new Metadata());
      return cs == null ? null : cs.name();
    } catch (IOException e) {
      return null; // an in-memory stream does not fail; treat as no declaration
    }
  }

  /** Where the last "charset" (ASCII, any case) starts among the first {@code limit} bytes; -1 if none. */
  static int lastIndexOfCharsetWord(byte[] bytes, int limit) {
    outer:
    for (int i = limit - CHARSET_WORD.length; i >= 0; i--) {
      for (int k = 0; k < CHARSET_WORD.length; k++) {
        if ((bytes[i + k] | 0x20) != CHARSET_WORD[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean plausible(byte[] bytes, Charset declared) {
    if (!hasHighBytes(bytes)) {
      return true;
    }
    boolean declaredUtf8 = declared.equals(StandardCharsets.UTF_8);
    if (!declaredUtf8 && looksUtf8(bytes)) {
      return false; // GBK text is practically never valid multi-byte UTF-8
    }
    if (isSingleByte(declared)) {
      // A single-byte declaration over text that decodes as Chinese (maybe with a few damaged
      // bytes) is the classic wrong meta tag.
      return bestAlmostClean(bytes) == null;
    }
    return true;
  }

  /** A charset the bytes decode strictly in, by the order above; null when there is none. */
  private static Charset detect(byte[] bytes) {
    if (!hasHighBytes(bytes) || looksUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    // 1. Mozilla's universal detector (Tika's UniversalEncodingDetector): fast, good on CJK pages
    Charset universal = normalize(universal(bytes));
    if (universal != null && !isSingleByte(universal) && strict(bytes, universal) != null) {
      return universal;
    }
    // 2. the Chinese-archive prior: strict GB18030 that reads as Chinese
    String gb = strict(bytes, GB18030);
    if (gb != null && mostlyChinese(gb)) {
      return GB18030;
    }
    // Then (in decode): Chinese text with a few damaged bytes, or mixing UTF-8 and GB18030; only
    // then ICU. The charsets that decode any bytes without error (single-byte ones, UTF-16) would
    // only turn such text into mojibake.
    return null;
  }

  /**
   * ICU's detector for what is not Chinese text (slower: it runs every n-gram model): the first
   * guess the bytes decode in strictly; else, when {@code lastResort}, the universal detector's or
   * ICU's best guess, else GB18030.
   */
  private static Charset icu(byte[] bytes, boolean lastResort) {
    for (CharsetMatch m : icu(bytes).detectAll()) {
      Charset cs = normalize(m.getName());
      if (cs != null && strict(bytes, cs) != null) {
        return cs;
      }
    }
    Charset universal = normalize(universal(bytes));
    if (universal != null) {
      return universal;
    }
    CharsetMatch m = icu(bytes).detect();
    Charset cs = m == null ? null : normalize(m.getName());
    return cs != null ? cs : GB18030;
  }

  private static String universal(byte[] bytes) {
    UniversalEncodingDetector detector = new UniversalEncodingDetector();
    detector.setMarkLimit(DETECT_BYTES);
    try {
      Charset cs = detector.detect(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, DETECT_BYTES)), new Metadata());
      return cs == null ? null : cs.name();
    } catch (IOException e) {
      return null; // in-memory stream
    }
  }

  /**
   * Whether bytes that Tika's detector called application/octet-stream are text in a legacy
   * encoding after all (Tika's text heuristic only knows ASCII and UTF-8, so GBK text looks binary
   * to it): no NUL bytes, almost no control characters, and a strict GB18030 decoding that reads
   * as Chinese, or a confident ICU detection that decodes strictly.
   */
  public boolean looksLikeText(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
        controls++;
      }
    }
    if (controls * 100 > bytes.length) {
      return false;
    }
    String gb = strict(bytes, GB18030);
    if ((gb != null && mostlyChinese(gb)) || bestAlmostClean(bytes) != null) {
      return true; // Chinese text, maybe with a few damaged bytes (decoded as U+FFFD)
    }
    CharsetMatch m = icu(bytes).detect();
    Charset cs = m == null ? null : normalize(m.getName());
    return cs != null && m.getConfidence() >= WEAK_CONFIDENCE && strict(bytes, cs) != null;
  }

  /** The detectors look at this many bytes at most; more does not change their answer on real pages. */
  private static final int DETECT_BYTES = 32 * 1024;

  private static CharsetDetector icu(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes.length <= DETECT_BYTES ? bytes : Arrays.copyOf(bytes, DETECT_BYTES));
    return detector;
  }

  /** True when the bytes are strictly valid UTF-8 with real multi-byte content. */
  static boolean looksUtf8(byte[] bytes) {
    String s = strict(bytes, StandardCharsets.UTF_8);
    if (s == null) {
      return false;
    }
    int multi = 0;
    boolean wide = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        multi++;
        wide |= c >= 0x800;
      }
    }
    return multi >= 3 || (wide && multi >= 1);
  }

  /** Share of CJK characters among the non-ASCII characters is at least 90%. */
  static boolean mostlyChinese(String s) {
    int high = 0;
    int cjk = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      high++;
      if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
          || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3400 && c <= 0x4DBF)) {
        cjk++;
      }
    }
    return high > 0 && cjk * 10 >= high * 9;
  }

  private static boolean isSingleByte(Charset cs) {
    try {
      return cs.newEncoder().maxBytesPerChar() <= 1.0f;
    } catch (UnsupportedOperationException e) {
      return false; // decode-only charsets (e.g. ISO-2022 variants) are not single-byte
    }
  }

  private static boolean hasHighBytes(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** The decoded text, or null when the bytes are not valid in {@code cs}. */
  static String strict(byte[] bytes, Charset cs) {
    try {
      CharBuffer out =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Decodes with every malformed or unmappable sequence replaced by one U+FFFD, counting them (a
   * U+FFFD written in the bytes themselves is text, not counted).
   */
  static Lenient lenient(byte[] bytes, Charset cs) {
    java.nio.charset.CharsetDecoder dec =
        cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) (bytes.length * (double) dec.maxCharsPerByte()) + 16));
    int invalid = 0;
    while (true) {
      java.nio.charset.CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : java.nio.charset.CoderResult.UNDERFLOW;
      if (r.isError()) {
        if (!out.hasRemaining()) {
          CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
          out.flip();
          bigger.put(out);
          out = bigger;
        }
        out.put('\uFFFD');
        in.position(in.position() + r.length());
        invalid++;
        continue;
      }
      if (r.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
        continue;
      }
      // underflow: all input consumed (an incomplete sequence at the end is reported as an error)
      if (in.hasRemaining() && out.hasRemaining()) {
        out.put('\uFFFD'); // defensive: a decoder that stops short of the end without an error
        invalid++;
        in.position(in.limit());
      }
      if (dec.flush(out).isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
        dec.flush(out);
      }
      break;
    }
    out.flip();
    return new Lenient(out.toString(), invalid);
  }

  /** A byte-order mark, found by Tika's BOMDetector. */
  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      Charset cs;
      try {
        cs = new BOMDetector().detect(new ByteArrayInputStream(b, 0, Math.min(b.length, 4)), new Metadata());
      } catch (IOException e) {
        return null; // in-memory stream
      }
      if (cs == null) {
        return null;
      }
      int length = switch (cs.name()) {
        case "UTF-8" -> 3;
        case "UTF-16BE", "UTF-16LE" -> 2;
        default -> 4; // UTF-32
      };
      return new Bom(cs, length);
    }
  }
}
