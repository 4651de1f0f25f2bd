package org.reportminer.index;

import java.nio.file.Path;

/**
 * Where the parts of an index directory live: the Lucene index in {@code lucene/} and the
 * failures log {@code failures.jsonl} (one {@link org.reportminer.model.Failure} JSON line per
 * input that could not be indexed, appended by every ingest run).
 *
 * @param root the index directory given with {@code --index} (default {@code index/})
 */
public record IndexLayout(Path root) {
  /** The default index directory, relative to the working directory. */
  public static final Path DEFAULT_ROOT = Path.of("index");

  /** The Lucene index directory. */
  public Path lucene() {
    return root.resolve("lucene");
  }

  /** The failures log. */
  public Path failuresLog() {
    return root.resolve("failures.jsonl");
  }
}
