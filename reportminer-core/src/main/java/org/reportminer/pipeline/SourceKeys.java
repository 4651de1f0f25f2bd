package org.reportminer.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * How an input file is named in report ids, in the index and in the failures log, whatever way
 * its path was written: its canonical path ({@link Path#toRealPath}: absolute, symbolic links
 * resolved, no {@code .} or {@code ..}) relative to a base folder, with {@code /} separators; a
 * file outside the base folder keeps its canonical absolute path. So {@code corpus/a.html},
 * {@code ./corpus/a.html}, {@code $PWD/corpus/a.html}, {@code x/../corpus/a.html} and a symbolic
 * link to {@code corpus} all give the key {@code corpus/a.html} under the project folder.
 *
 * <p>The base folder of {@code ingest} is the folder holding the index directory (the default
 * {@code --index index} run from the project folder keys the corpus as {@code corpus/…}, and an
 * archive moved together with its index keeps its ids); that of {@code extract}, {@code analyze}
 * and the other commands reading files without an index is the current folder. This is not an
 * input enumerator ({@link InputSources} is); immutable and thread-safe.
 *
 * @param base the base folder, canonical (see {@link #under})
 */
public record SourceKeys(Path base) {

  public SourceKeys {
    if (!base.isAbsolute()) {
      throw new IllegalArgumentException("the base folder must be canonical: " + base);
    }
  }

  /** Keys relative to {@code folder}, which must exist. */
  public static SourceKeys under(Path folder) throws IOException {
    return new SourceKeys(folder.toRealPath());
  }

  /** Keys relative to the current folder. */
  public static SourceKeys currentFolder() {
    try {
      return under(Path.of(""));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve the current folder", e);
    }
  }

  /** The key of an existing file or directory, written any way. */
  public String of(Path file) throws IOException {
    return ofCanonical(file.toRealPath());
  }

  /**
   * The key of a path that is already canonical (a child of a canonical directory that is not a
   * link), or, for a file that does not exist, of its absolute path with {@code .} and {@code ..}
   * removed. The base folder itself is the empty key.
   */
  public String ofCanonical(Path canonical) {
    Path p = canonical.toAbsolutePath().normalize();
    String key = p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    return key.replace('\\', '/');
  }

  /** The file a key names (a relative key is resolved against the base folder). */
  public Path file(String key) {
    return base.resolve(key);
  }
}
