package org.reportminer.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Tells what a file on disk is for {@link InputSources}: a zip archive to expand, a WARC file
 * (plain or gzipped) or a document, from its content. A file starting with "PK" goes to Tika's
 * detector, which opens the zip to tell an archive from DOCX, ODT and other zip-based formats;
 * that answer is remembered per file (absolute path, size and modification time), so the second
 * enumeration of a run (the ingest after its site-template pre-pass) does not open every DOCX
 * again. A file that changes gets a new size or time and is detected again. At most {@value
 * #MAX_REMEMBERED} answers are kept (about 200 bytes each); files beyond that are detected every
 * time.
 *
 * <p>Not a general type detector (documents are typed by the extractor). Thread-safe.
 */
final class ContainerKinds {

  /** What a file is. */
  enum Kind { ZIP, WARC, DOCUMENT }

  /** Most remembered answers. */
  static final int MAX_REMEMBERED = 100_000;

  /** A file as it was when it was detected. */
  private record Stamp(String path, long size, long modifiedNanos) {}

  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
  private final Map<Stamp, Kind> remembered = new ConcurrentHashMap<>();
  private final AtomicLong tikaDetections = new AtomicLong();

  /** What {@code path} is; remembered answers for zip-like files are reused. */
  Kind of(Path path) throws IOException {
    return kind(path, true);
  }

  /** What {@code path} is, always detected afresh (what {@link #of} must agree with). */
  Kind detect(Path path) throws IOException {
    return kind(path, false);
  }

  /** How many times Tika's detector ran. */
  long tikaDetections() {
    return tikaDetections.get();
  }

  private Kind kind(Path path, boolean remember) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("WARC/")) {
      return Kind.WARC;
    }
    if (n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B && gzippedWarc(path)) {
      return Kind.WARC;
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K') {
      if (!remember) {
        return zipOrDocument(path);
      }
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
      Stamp stamp = new Stamp(path.toAbsolutePath().toString(), attrs.size(),
          attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
      Kind known = remembered.get(stamp);
      if (known != null) {
        return known;
      }
      Kind kind = zipOrDocument(path);
      if (remembered.size() < MAX_REMEMBERED) {
        remembered.put(stamp, kind);
      }
      return kind;
    }
    return Kind.DOCUMENT;
  }

  private Kind zipOrDocument(Path path) throws IOException {
    tikaDetections.incrementAndGet();
    try (TikaInputStream in = TikaInputStream.get(path)) {
      String type = detector.detect(in, new Metadata()).getBaseType().toString();
      return type.equals("application/zip") ? Kind.ZIP : Kind.DOCUMENT;
    }
  }

  private static boolean gzippedWarc(Path path) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      byte[] head = in.readNBytes(5);
      return new String(head, StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException e) {
      return false;
    }
  }
}
