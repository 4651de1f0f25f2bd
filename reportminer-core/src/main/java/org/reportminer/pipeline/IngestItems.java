package org.reportminer.pipeline;

import java.util.List;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/** The work items that pass between the stages of one ingest run, in input sequence order. */
final class IngestItems {
  private IngestItems() {}

  /** An input to read. */
  record Pending(long seq, RawDocument doc) {}

  /**
   * A document's bytes, read and hashed ({@code bytes} null when the index has it unchanged);
   * {@code budget} is the share of the byte budget it holds.
   */
  record Loaded(long seq, RawDocument doc, byte[] bytes, String sha256, boolean replaces, int budget) {
    Loaded withBudget(int units) {
      return new Loaded(seq, doc, bytes, sha256, replaces, units);
    }
  }

  /** A page of the pre-pass and the byte budget its bytes held. */
  record PageOf(long seq, Page page, int budget) {}

  /**
   * A document's reports, extracted and split; {@code charsetDoubt} says why its decoding is
   * doubtful ({@link org.reportminer.extract.CharsetDoubt}), or is null.
   */
  record Reports(long seq, RawDocument doc, String sha256, boolean replaces, List<Report> reports, int budget,
      String charsetDoubt) {}

  /** A document's reports, analyzed. */
  record Analyzed(long seq, String path, String sha256, boolean replaces, List<AnalyzedReport> reports,
      String charsetDoubt) {}
}
