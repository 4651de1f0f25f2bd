package org.reportminer.pipeline;

import java.util.List;
import org.reportminer.model.Failure;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;

/**
 * What happened to one input document in a run: it was extracted into a page, or it failed with
 * a recorded reason. Bad documents are values, never exceptions that stop the run.
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

  /** The document (or the input that should have given documents) failed. */
  record Failed(Failure failure) implements Outcome {
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
