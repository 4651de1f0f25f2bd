package org.reportminer.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One input document before extraction: where it came from and a way to read its bytes. This is
 * the boundary between input enumeration ({@code pipeline.InputSources}: files, directories, zip
 * members, WARC records, stdin) and the extract stage. The bytes are not held here unless the
 * source could only be read once (stdin); {@link Content#open()} may be called more than once.
 *
 * <p>Example: {@code RawDocument.ofBytes("a.html", null, null, bytes)}.
 *
 * @param path the input's key (its canonical path relative to a base folder, see {@code
 *     pipeline.SourceKeys}); archive members are {@code a.zip!/dir/b.html},
 *     WARC records {@code crawl.warc.gz#offset}
 * @param url the document's URL when the source knows it (WARC target URI), else null
 * @param declaredCharset the charset declared outside the document (HTTP Content-Type), or null
 * @param size the size in bytes when known before reading, else -1
 * @param content opens a fresh stream over the bytes; the caller closes it
 */
public record RawDocument(String path, String url, String declaredCharset, long size, Content content) {

  /** Opens the document's bytes. Implementations must be safe to call from any thread. */
  @FunctionalInterface
  public interface Content {
    /** A new stream positioned at the first byte of the document. */
    InputStream open() throws IOException;
  }

  public RawDocument {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }

  /** A document whose bytes are already in memory (stdin, tests). The array is not copied. */
  public static RawDocument ofBytes(String path, String url, String declaredCharset, byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new RawDocument(
        path, url, declaredCharset, bytes.length, () -> new ByteArrayInputStream(bytes));
  }
}
