package org.reportminer.pipeline;

import org.reportminer.model.Failure;

/**
 * What an ingest run did with one input document. Bad documents are values, not exceptions.
 */
public sealed interface IngestOutcome {

  /** The input's path (archive members as {@code a.zip!/member}). */
  String path();

  /** The document was (re-)extracted, analyzed and its {@code reports} replaced its old ones. */
  record Indexed(String path, int reports, boolean replaced) implements IngestOutcome {}

  /** The index already holds this document with the same SHA-256: nothing was done. */
  record Unchanged(String path) implements IngestOutcome {}

  /** The document failed at some stage; its old reports, if any, are kept. */
  record Failed(Failure failure) implements IngestOutcome {
    @Override
    public String path() {
      return failure.path();
    }
  }
}
