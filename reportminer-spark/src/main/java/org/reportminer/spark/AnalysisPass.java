package org.reportminer.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Failure;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;

/**
 * Extraction and analysis in executors: every input file's reports with the archive's template
 * lines removed, analyzed by {@link ExecutorModels#analyzer()}, as rows of {@link #SCHEMA}: a
 * record (its id, input file and the JSON line {@code analyze --json} prints) or a failure (the
 * failed path, the bytes' hash, the stage and the reason, as in the failures log).
 */
final class AnalysisPass {
  /** Row kinds. */
  static final String RECORD = "record";
  static final String FAILURE = "failure";

  /** kind, input file, then record fields (id, record) or failure fields (path, sha256, stage, reason). */
  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("input", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, true)
      .add("record", DataTypes.StringType, true)
      .add("path", DataTypes.StringType, true)
      .add("sha256", DataTypes.StringType, true)
      .add("stage", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true);

  private AnalysisPass() {}

  /** Records and failures of {@code files}. */
  static JavaRDD<Row> run(JavaRDD<InputFile> files, long maxBytes, Broadcast<HashMap<String, HashSet<String>>> templates) {
    return files.mapPartitions(it -> analyze(it, maxBytes, templates.value()));
  }

  private static Iterator<Row> analyze(Iterator<InputFile> files, long maxBytes, Map<String, ? extends Set<String>> lines) {
    SiteTemplates templates = SiteTemplates.of(new HashMap<>(lines));
    FileExtraction extraction = new FileExtraction(maxBytes);
    List<Row> out = new ArrayList<>();
    while (files.hasNext()) {
      InputFile file = files.next();
      List<Failure> failures = new ArrayList<>();
      for (Report r : extraction.reports(file, templates, failures::add)) {
        try {
          AnalyzedReport a = ExecutorModels.analyzer().analyze(r);
          out.add(RowFactory.create(RECORD, file.shown(), r.id(), RecordJson.line(RecordJson.toNode(a)),
              null, null, null, null));
        } catch (RuntimeException e) {
          String where = r.source().path() + (r.source().parts() > 1 ? "#" + r.source().part() : "");
          failures.add(new Failure(where, r.source().sha256(), Failure.Stage.ANALYZE,
              e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
      }
      for (Failure f : failures) {
        out.add(RowFactory.create(FAILURE, file.shown(), null, null, f.path(), f.sha256(), f.stage().label(), f.reason()));
      }
    }
    return out.iterator();
  }
}
