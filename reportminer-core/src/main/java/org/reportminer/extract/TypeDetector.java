package org.reportminer.extract;

import java.io.IOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Detects a document's media type from its bytes with Tika's default detector (magic bytes plus
 * the container detectors that look inside zip and OLE2 files). The file name is deliberately not
 * passed: a {@code .html} file that is a PDF is a PDF, and a {@code .doc} that is really DOCX is
 * DOCX.
 *
 * <p>One shortcut: a document whose first non-blank byte is {@code <} and whose first
 * {@value #SNIFF_BYTES} bytes contain one of the tags Tika's own magic for text/html looks for
 * ({@code <html}, {@code <!doctype html}, {@code <head}, {@code <body}, {@code <title}, {@code
 * <meta}) is HTML without consulting Tika's magic table. Tika's magic evaluation costs about 1–2
 * ms per document whatever its size (measured: more than jsoup's whole parse of a 10 KB page), and
 * it would be the slowest part of HTML extraction; binary formats never start with {@code <}, so
 * nothing else can take this path.
 *
 * <p>Thread-safe.
 */
public final class TypeDetector {

  /** How a detected type is handled. */
  public enum Kind {
    /** HTML: charset detection, then jsoup. */
    HTML,
    /** Plain text: charset detection, then line rules. */
    TEXT,
    /** Anything else Tika can parse (DOCX, PDF, DOC, RTF, ODT …). */
    OTHER
  }

  private final Detector detector;

  public TypeDetector(TikaConfig tika) {
    this.detector = tika.getDetector();
  }

  /** The media type of {@code bytes} (without parameters). */
  public MediaType detect(byte[] bytes) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return detect(bytes, in);
    }
  }

  /**
   * The media type of {@code bytes}, detected on {@code in} (a stream over the same bytes) so that
   * a container Tika opened while detecting (a zip package, an OLE2 file) stays attached to the
   * stream and the parser does not open it again. The stream is left at its start.
   */
  public MediaType detect(byte[] bytes, TikaInputStream in) throws IOException {
    if (looksLikeHtml(bytes)) {
      return MediaType.TEXT_HTML;
    }
    return detector.detect(in, new Metadata()).getBaseType();
  }

  static final int SNIFF_BYTES = 1024;
  private static final String[] HTML_TAGS = {"<html", "<!doctype html", "<head", "<body", "<title", "<meta"};

  /** The HTML shortcut: a leading {@code <} (after a BOM and blanks) and an HTML tag early on. */
  static boolean looksLikeHtml(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
      i++;
    }
    if (i >= bytes.length || bytes[i] != '<') {
      return false;
    }
    int end = Math.min(bytes.length, i + SNIFF_BYTES);
    // ASCII-only lower-casing: the tags are ASCII, whatever the page's charset
    byte[] head = new byte[end - i];
    for (int k = i; k < end; k++) {
      byte b = bytes[k];
      head[k - i] = (b >= 'A' && b <= 'Z') ? (byte) (b + 32) : b;
    }
    String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    for (String tag : HTML_TAGS) {
      if (s.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  /** How a media type is handled. */
  public static Kind kind(MediaType type) {
    String t = type.toString();
    if (t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("application/vnd.wap.xhtml+xml")) {
      return Kind.HTML;
    }
    if (t.equals("text/plain")) {
      return Kind.TEXT;
    }
    return Kind.OTHER;
  }
}
