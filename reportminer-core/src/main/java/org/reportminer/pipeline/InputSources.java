package org.reportminer.pipeline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 * <p>{@link #forEach} streams the inputs one by one, holding no more than one directory listing
 * per level of the walk and one archive's member names, so enumerating an archive of millions of
 * files takes little memory; {@link #expand} collects them into lists for small runs. Both give
 * the same inputs in the same order. A zip archive gives at most {@value #MAX_ZIP_MEMBERS}
 * members (the rest are refused with one failure); every member is bounded in size by the
 * extractor's size limit when it is read; archives inside archives are documents, never expanded.
 *
 * <p>Archives are recognized by content (Tika's detector says application/zip, so DOCX and ODT,
 * which are zip files too, stay documents; a WARC file starts with "WARC/", gzipped or not), not
 * by extension; {@link ContainerKinds} remembers Tika's answers, so enumerating the same inputs
 * again does not repeat the detection). Nested archives are not expanded. Document bytes are not read here, except for
 * stdin (read once, up to the size limit plus one byte, so an oversized stdin is still refused by
 * the extractor): each {@link RawDocument} re-opens its file, zip member or WARC record on demand
 * (a WARC payload is copied out of its record, at most the size limit plus one byte).
 *
 * <p>An input that cannot be enumerated (missing file, unreadable archive) becomes a {@link
 * Failure} with stage "read". Thread-safe (stateless apart from the thread-safe container
 * detection and its memory of answers).
 */
public final class InputSources {

  /** Most members read from one zip archive. */
  public static final int MAX_ZIP_MEMBERS = 100_000;

  /** One enumerated input: a document to process, or an input that could not be enumerated. */
  public sealed interface Input {
    /** The input's path (archive members as {@code a.zip!/member}). */
    String path();

    /** A document to process. */
    record Document(RawDocument document) implements Input {
      @Override
      public String path() {
        return document.path();
      }
    }

    /** An input that gave no document (missing file, unreadable archive), with its reason. */
    record Unreadable(Failure failure) implements Input {
      @Override
      public String path() {
        return failure.path();
      }
    }
  }

  /** Documents and enumeration failures, in input order. */
  public record Inputs(List<RawDocument> documents, List<Failure> failures) {
    public Inputs {
      documents = List.copyOf(documents);
      failures = List.copyOf(failures);
    }
  }

  private final ContainerKinds containerKinds;
  private final long maxBytes;
  private final SourceKeys keys;

  /**
   * Inputs keyed relative to the current folder ({@link SourceKeys}).
   *
   * @param maxBytes the extractor's size limit (bounds how much of stdin is buffered)
   */
  public InputSources(long maxBytes) {
    this(maxBytes, SourceKeys.currentFolder(), new ContainerKinds());
  }

  private InputSources(long maxBytes, SourceKeys keys, ContainerKinds containerKinds) {
    this.maxBytes = maxBytes;
    this.keys = keys;
    this.containerKinds = containerKinds;
  }

  /** The same sources with files keyed by {@code keys} (sharing the memory of container kinds). */
  public InputSources keyedBy(SourceKeys keys) {
    return new InputSources(maxBytes, keys, containerKinds);
  }

  /** How files are keyed (the path of every document and failure). */
  public SourceKeys keys() {
    return keys;
  }

  /** Expands {@code args} into lists; {@code stdin} is read when an argument is "-". */
  public Inputs expand(List<String> args, InputStream stdin) {
    List<RawDocument> docs = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    forEach(args, stdin, input -> {
      if (input instanceof Input.Document d) {
        docs.add(d.document());
      } else {
        failures.add(((Input.Unreadable) input).failure());
      }
    });
    return new Inputs(docs, failures);
  }

  /**
   * Streams the inputs of {@code args} to {@code sink} in order; {@code stdin} is read when an
   * argument is "-". The sink may block (a bounded queue): enumeration simply waits. When the
   * calling thread is interrupted, enumeration stops after the current input.
   */
  public void forEach(List<String> args, InputStream stdin, Consumer<Input> sink) {
    for (String arg : args) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      if (arg.equals("-")) {
        try {
          sink.accept(new Input.Document(readStdin(stdin)));
        } catch (IOException e) {
          sink.accept(unreadable("-", "cannot read stdin: " + e.getMessage()));
        }
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (java.nio.file.InvalidPathException e) {
        sink.accept(unreadable(arg, "not a valid path: " + e.getMessage()));
        continue;
      }
      if (!Files.exists(path)) {
        sink.accept(unreadable(keys.ofCanonical(path), "no such file or directory"));
        continue;
      }
      Path real;
      try {
        real = path.toRealPath();
      } catch (IOException e) {
        sink.accept(unreadable(keys.ofCanonical(path), "cannot read: " + e.getMessage()));
        continue;
      }
      if (Files.isDirectory(real)) {
        directory(real, keys.ofCanonical(real), sink);
      } else {
        file(real, keys.ofCanonical(real), sink);
      }
    }
  }

  /**
   * The input named by a path as this class writes it ({@code a.zip!/member.html}, {@code
   * crawl.warc.gz#1234}, a file, a directory), as when it was first enumerated: what {@code
   * ingest --retry-failed} runs again. A file or directory path is expanded as usual. Relative
   * paths are keys: they are resolved against the base folder of {@link #keys()}.
   */
  public void resolve(String path, Consumer<Input> sink) {
    int member = path.indexOf("!/");
    if (member > 0 && Files.isRegularFile(keys.file(path.substring(0, member)))) {
      Path zip = keys.file(path.substring(0, member));
      String name = path.substring(member + 2);
      try (ZipFile z = new ZipFile(zip.toFile())) {
        ZipEntry entry = z.getEntry(name);
        if (entry == null) {
          sink.accept(unreadable(path, "no such member in the archive"));
          return;
        }
        sink.accept(new Input.Document(
            new RawDocument(path, null, null, entry.getSize(), () -> openZipMember(zip, name))));
      } catch (IOException | IllegalArgumentException e) {
        sink.accept(unreadable(path, "unreadable zip archive: " + e.getMessage()));
      }
      return;
    }
    int hash = path.lastIndexOf('#');
    if (hash > 0 && path.substring(hash + 1).matches("\\d+") && Files.isRegularFile(keys.file(path.substring(0, hash)))) {
      long offset = Long.parseLong(path.substring(hash + 1));
      Path warc = keys.file(path.substring(0, hash));
      try (WarcReader reader = new WarcReader(FileChannel.open(warc, StandardOpenOption.READ))) {
        reader.onWarning(w -> {});
        reader.position(offset);
        var rec = reader.next();
        if (rec.isEmpty() || !(rec.get() instanceof WarcResponse response)) {
          sink.accept(unreadable(path, "no WARC response record at this offset"));
          return;
        }
        warcDocument(warc, path, offset, response, sink);
      } catch (IOException | RuntimeException e) {
        sink.accept(unreadable(path, "unreadable WARC file: " + e.getMessage()));
      }
      return;
    }
    if (path.equals("-")) {
      sink.accept(unreadable(path, "stdin cannot be read again"));
      return;
    }
    forEach(List.of(keys.file(path).toString()), null, sink);
  }

  private static Input unreadable(String path, String reason) {
    return new Input.Unreadable(new Failure(path, null, Failure.Stage.READ, reason));
  }

  /**
   * Walks {@code dir} in name order at every level, recursing into each subdirectory at its
   * place: the same order as sorting all paths component by component, with one directory
   * listing per level in memory.
   */
  private void directory(Path dir, String shown, Consumer<Input> sink) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
      for (Path p : list) {
        String name = p.getFileName().toString();
        if (!name.startsWith(".")) {
          names.add(name);
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.accept(unreadable(shown.isEmpty() ? "." : shown, "cannot list directory: " + e.getMessage()));
      return;
    }
    names.sort(null);
    for (String name : names) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      Path p = dir.resolve(name);
      String child = shown.isEmpty() ? name : shown + "/" + name;
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        directory(p, child, sink);
      } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        file(p, child, sink);
      }
    }
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void file(Path path, String shown, Consumer<Input> sink) {
    ContainerKinds.Kind kind;
    try {
      kind = containerKinds.of(path);
    } catch (IOException e) {
      sink.accept(unreadable(shown, "cannot read: " + e.getMessage()));
      return;
    }
    switch (kind) {
      case ZIP -> zip(path, shown, sink);
      case WARC -> warc(path, shown, sink);
      case DOCUMENT -> sink.accept(new Input.Document(fileDocument(path, shown)));
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

  private static void zip(Path path, String shown, Consumer<Input> sink) {
    List<ZipEntry> entries = new ArrayList<>();
    boolean tooMany = false;
    try (ZipFile zip = new ZipFile(path.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory() && !hidden(Path.of(entry.getName().replace('\\', '/').replaceAll("^/+", "")))) {
          if (entries.size() == MAX_ZIP_MEMBERS) {
            tooMany = true;
            break;
          }
          entries.add(entry);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      sink.accept(unreadable(shown, "unreadable zip archive: " + e.getMessage()));
      return;
    }
    for (ZipEntry entry : entries) {
      String name = entry.getName();
      sink.accept(new Input.Document(
          new RawDocument(
              shown + "!/" + name, null, null, entry.getSize(), () -> openZipMember(path, name))));
    }
    if (tooMany) {
      sink.accept(unreadable(shown, "too many members: only the first " + MAX_ZIP_MEMBERS + " were read"));
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

  private void warc(Path path, String shown, Consumer<Input> sink) {
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
        warcDocument(path, shown + "#" + offset, offset, response, sink);
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(unreadable(shown, "unreadable WARC file: " + e.getMessage()));
    }
  }

  /** The document of one response record (nothing for a status other than 200). */
  private void warcDocument(Path path, String shown, long offset, WarcResponse response, Consumer<Input> sink) {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      sink.accept(unreadable(shown, "bad HTTP response in WARC: " + e.getMessage()));
      return;
    }
    if (http.status() != 200) {
      return; // redirects and errors carry no report
    }
    String charset = null;
    try {
      MediaType ct = http.contentType();
      charset = ct == null ? null : ct.parameters().get("charset");
    } catch (RuntimeException e) {
      // unparseable Content-Type: no declaration
    }
    URI target = safeUri(response.target());
    sink.accept(new Input.Document(
        new RawDocument(
            shown,
            target == null ? response.target() : target.toString(),
            charset,
            -1,
            () -> openWarcPayload(path, offset))));
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

}
