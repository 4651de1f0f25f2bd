package org.reportminer.index;

import java.nio.file.Path;

/**
 * Where the parts of an index directory live: the Lucene index in {@code lucene/}, the
 * failures log {@code failures.jsonl} (one {@link org.reportminer.model.Failure} JSON line per
 * input that could not be indexed in the latest ingest run), the site template lines learned by
 * the latest run {@code site-templates.json}, and the inputs of a {@code --retry-failed} run in
 * progress {@code failures.retry.jsonl}.
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

  /** The site template lines learned by the latest ingest run (with its run key). */
  public Path siteTemplates() {
    return root.resolve("site-templates.json");
  }

  /** The failures a {@code --retry-failed} run is retrying, kept until it finishes. */
  public Path retryInputs() {
    return root.resolve("failures.retry.jsonl");
  }
}
