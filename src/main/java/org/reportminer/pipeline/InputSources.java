package org.reportminer.pipeline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.reportminer.model.Failure;
import org.reportminer.model.RawDocument;

/**
 * Expands command-line inputs into documents: files; directories, recursively, in a fixed order
 * (paths sorted by name at every level; names starting with "." skipped); zip archives, member by
 * member ({@code archive.zip!/dir/member.html}, in the archive's own entry order); WARC files, plain or gzipped
 * (response records with HTTP status 200, their target URI as URL and the HTTP Content-Type
 * charset as declared charset, path {@code crawl.warc.gz#offset}); and {@code -} for stdin.
 *
 * <p>Archives are recognized by content (Tika's detector says application/zip, so DOCX and ODT,
 * which are zip files too, stay documents; a WARC file starts with "WARC/", gzipped or not), not
 * by extension. Nested archives are not expanded. Document bytes are not read here, except for
 * stdin (read once, up to the size limit plus one byte, so an oversized stdin is still refused by
 * the extractor): each {@link RawDocument} re-opens its file, zip member or WARC record on demand
 * (a WARC payload is copied out of its record, at most the size limit plus one byte).
 *
 * <p>An input that cannot be enumerated (missing file, unreadable archive) becomes a {@link
 * Failure} with stage "read". Thread-safe (stateless apart from the thread-safe Tika detector).
 */
public final class InputSources {

  /** Documents and enumeration failures, in input order. */
  public record Inputs(List<RawDocument> documents, List<Failure> failures) {
    public Inputs {
      documents = List.copyOf(documents);
      failures = List.copyOf(failures);
    }
  }

  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
  private final long maxBytes;

  /** @param maxBytes the extractor's size limit (bounds how much of stdin is buffered) */
  public InputSources(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Expands {@code args}; {@code stdin} is read when an argument is "-". */
  public Inputs expand(List<String> args, InputStream stdin) {
    List<RawDocument> docs = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        try {
          docs.add(readStdin(stdin));
        } catch (IOException e) {
          failures.add(new Failure("-", null, "read", "cannot read stdin: " + e.getMessage()));
        }
        continue;
      }
      Path path = Path.of(arg);
      if (!Files.exists(path)) {
        failures.add(new Failure(arg, null, "read", "no such file or directory"));
      } else if (Files.isDirectory(path)) {
        directory(path, arg, docs, failures);
      } else {
        file(path, display(arg), docs, failures);
      }
    }
    return new Inputs(docs, failures);
  }

  private void directory(Path dir, String shown, List<RawDocument> docs, List<Failure> failures) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !hidden(dir.relativize(p)))
          .forEach(files::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      failures.add(new Failure(shown, null, "read", "cannot list directory: " + e.getMessage()));
      return;
    }
    files.sort((a, b) -> compareByName(dir.relativize(a), dir.relativize(b)));
    String prefix = display(shown).replaceAll("/+$", "");
    for (Path f : files) {
      String rel = dir.relativize(f).toString().replace('\\', '/');
      file(f, prefix.isEmpty() ? rel : prefix + "/" + rel, docs, failures);
    }
  }

  /** Compares paths component by component, so "a/b" sorts with "a", before "a-b". */
  private static int compareByName(Path a, Path b) {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = a.getName(i).toString().compareTo(b.getName(i).toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void file(Path path, String shown, List<RawDocument> docs, List<Failure> failures) {
    String kind;
    try {
      kind = containerKind(path);
    } catch (IOException e) {
      failures.add(new Failure(shown, null, "read", "cannot read: " + e.getMessage()));
      return;
    }
    switch (kind) {
      case "zip" -> zip(path, shown, docs, failures);
      case "warc" -> warc(path, shown, docs, failures);
      default -> docs.add(fileDocument(path, shown));
    }
  }

  private static RawDocument fileDocument(Path path, String shown) {
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      size = -1;
    }
    return new RawDocument(shown, null, null, size, () -> Files.newInputStream(path));
  }

  /** "zip", "warc" or "document", from the first bytes. */
  private String containerKind(Path path) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 5 && new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/")) {
      return "warc";
    }
    if (n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B && gzippedWarc(path)) {
      return "warc";
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K') {
      try (TikaInputStream in = TikaInputStream.get(path)) {
        String type = detector.detect(in, new Metadata()).getBaseType().toString();
        return type.equals("application/zip") ? "zip" : "document";
      }
    }
    return "document";
  }

  private static boolean gzippedWarc(Path path) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      byte[] head = in.readNBytes(5);
      return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException e) {
      return false;
    }
  }

  private static void zip(Path path, String shown, List<RawDocument> docs, List<Failure> failures) {
    List<ZipEntry> entries = new ArrayList<>();
    try (ZipFile zip = new ZipFile(path.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory() && !hidden(Path.of(entry.getName().replace('\\', '/').replaceAll("^/+", "")))) {
          entries.add(entry);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      failures.add(new Failure(shown, null, "read", "unreadable zip archive: " + e.getMessage()));
      return;
    }
    for (ZipEntry entry : entries) {
      String name = entry.getName();
      docs.add(
          new RawDocument(
              shown + "!/" + name, null, null, entry.getSize(), () -> openZipMember(path, name)));
    }
  }

  /** Opens one member; closing the stream closes the archive. */
  private static InputStream openZipMember(Path path, String name) throws IOException {
    ZipFile zip = new ZipFile(path.toFile());
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      zip.close();
      throw new IOException("zip member vanished: " + name);
    }
    return new FilterInputStream(zip.getInputStream(entry)) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          zip.close();
        }
      }
    };
  }

  private void warc(Path path, String shown, List<RawDocument> docs, List<Failure> failures) {
    try (WarcReader reader = new WarcReader(path)) {
      reader.onWarning(w -> {});
      while (true) {
        var next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        long offset = reader.position();
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse response)) {
          continue; // requests, metadata, warcinfo: not documents
        }
        HttpResponse http;
        try {
          http = response.http();
        } catch (IOException | RuntimeException e) {
          failures.add(new Failure(shown + "#" + offset, null, "read", "bad HTTP response in WARC: " + e.getMessage()));
          continue;
        }
        if (http.status() != 200) {
          continue; // redirects and errors carry no report
        }
        String charset = null;
        try {
          MediaType ct = http.contentType();
          charset = ct == null ? null : ct.parameters().get("charset");
        } catch (RuntimeException e) {
          // unparseable Content-Type: no declaration
        }
        URI target = safeUri(response.target());
        docs.add(
            new RawDocument(
                shown + "#" + offset,
                target == null ? response.target() : target.toString(),
                charset,
                -1,
                () -> openWarcPayload(path, offset)));
      }
    } catch (IOException | RuntimeException e) {
      failures.add(new Failure(shown, null, "read", "unreadable WARC file: " + e.getMessage()));
    }
  }

  private static URI safeUri(String s) {
    try {
      return s == null ? null : URI.create(s.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The decoded HTTP body of the record at {@code offset}. The reader is closed when the stream
   * is; the body is copied out first, since a WARC record is only readable while its reader is
   * open (the extractor reads it whole anyway, under its own size limit).
   */
  private InputStream openWarcPayload(Path path, long offset) throws IOException {
    try (WarcReader reader = new WarcReader(FileChannel.open(path, StandardOpenOption.READ))) {
      reader.position(offset);
      var rec = reader.next();
      if (rec.isEmpty() || !(rec.get() instanceof WarcResponse response)) {
        throw new IOException("no WARC response record at offset " + offset);
      }
      try (InputStream body = response.http().bodyDecoded().stream()) {
        // one byte over the limit is enough for the extractor to refuse the document
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return new java.io.ByteArrayInputStream(bytes);
      }
    }
  }

  private RawDocument readStdin(InputStream stdin) throws IOException {
    byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    return RawDocument.ofBytes("-", null, null, bytes);
  }

  private static String display(String arg) {
    String s = arg.replace('\\', '/');
    while (s.startsWith("./") && s.length() > 2) {
      s = s.substring(2);
    }
    return s.toLowerCase(Locale.ROOT).equals(".") ? "" : s;
  }
}
