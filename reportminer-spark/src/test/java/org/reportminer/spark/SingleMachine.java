package org.reportminer.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.Failure;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.InputSources;

/**
 * What {@code analyze --json} prints for some inputs, computed in the test's JVM as the command
 * does it (extraction with site templates learned over the run, the CLI's time limit and size
 * limit, the shipped analysis): the job's records are compared with these.
 */
final class SingleMachine {
  private SingleMachine() {}

  /** Records by id, and the failures. */
  record Run(Map<String, JsonNode> records, List<Failure> failures) {}

  static Run analyze(List<String> inputs) throws IOException, InterruptedException {
    List<Report> reports = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    new ExtractionRun(new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(JobOptions.DEFAULT_MAX_BYTES)),
        new ExtractionRun.Settings(Duration.ofSeconds(30), 2, true))
        .run(new InputSources(JobOptions.DEFAULT_MAX_BYTES).expand(inputs, InputStream.nullInputStream()),
            reports::add, failures::add);
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    Map<String, JsonNode> records = new HashMap<>();
    for (Report r : reports) {
      records.put(r.id(), RecordJson.mapper().readTree(RecordJson.line(RecordJson.toNode(analyzer.analyze(r)))));
    }
    return new Run(records, failures);
  }
}
