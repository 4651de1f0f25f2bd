package org.reportminer.spark;

import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;

/**
 * The shipped analysis (HanLP, the NER model, the lexicon), loaded once per executor JVM on first
 * use and shared by all its tasks.
 *
 * <p>The job's one JVM-wide holder: the analyzer is immutable and thread-safe, HanLP's
 * dictionaries are static state of the JVM anyway, and loading them per task would cost seconds
 * per partition. The field is final (the holder-class idiom loads it once, thread-safely).
 */
final class ExecutorModels {
  private ExecutorModels() {}

  private static final class Holder {
    static final ReportAnalyzer ANALYZER = ReportAnalyzer.create(AnalysisOptions.defaults());
  }

  /** The analyzer {@code analyze} uses with its default options. */
  static ReportAnalyzer analyzer() {
    return Holder.ANALYZER;
  }
}
