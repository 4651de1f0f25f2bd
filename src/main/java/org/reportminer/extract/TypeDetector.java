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
 * DOCX. Thread-safe.
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
      return detector.detect(in, new Metadata()).getBaseType();
    }
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
