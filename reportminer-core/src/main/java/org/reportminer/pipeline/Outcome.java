package org.reportminer.pipeline;

import java.util.List;
import org.reportminer.index.InputDocuments;
import org.reportminer.model.Failure;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;

/**
 * What happened to one input in a run, the one outcome type of the pipeline: extracted into a
 * page (the extract and analyze commands), ready to index, unchanged since it was indexed, or
 * failed with a recorded reason and {@link Failure.Stage stage}. Bad documents are values, never
 * exceptions that stop the run.
 */
public sealed interface Outcome {

  /** The input this outcome is about. */
  String path();

  /** The document was read and cleaned into {@code page}. */
  record Extracted(RawDocument document, Page page) implements Outcome {
    @Override
    public String path() {
      return document.path();
    }
  }

  /**
   * The document's index documents, built by the worker that analyzed it; {@code charsetDoubt}
   * says why its decoding is doubtful, or is null.
   */
  record Indexable(String path, boolean replaces, InputDocuments documents, String charsetDoubt)
      implements Outcome {}

  /** The document's bytes equal those it was indexed with: nothing to do. */
  record Unchanged(String path) implements Outcome {}

  /**
   * The document (or the input that should have given documents) failed; {@code document} says
   * whether the input was a document, {@code read} whether its bytes were read.
   */
  record Failed(Failure failure, boolean document, boolean read) implements Outcome {
    /** A document that failed after it was read. */
    public Failed(Failure failure) {
      this(failure, true, true);
    }

    @Override
    public String path() {
      return failure.path();
    }
  }

  /** Only the failures among {@code outcomes}, in order. */
  static List<Failure> failures(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(o -> o instanceof Failed)
        .map(o -> ((Failed) o).failure())
        .toList();
  }
}
