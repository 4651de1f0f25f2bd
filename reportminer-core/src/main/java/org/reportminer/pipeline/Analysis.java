package org.reportminer.pipeline;

import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;

/** The analyze stage as ingestion calls it: one report with its entities, dates, numbers, themes. */
@FunctionalInterface
public interface Analysis {
  /** The analysis of {@code report}. */
  AnalyzedReport analyze(Report report);
}
