package org.reportminer.engine;

import java.util.Map;
import org.reportminer.dedup.CopyReport;
import org.reportminer.dedup.CopyReportFormat;
import org.reportminer.dedup.CopyReportHtml;

/**
 * A finished copy check: the {@link CopyReport} and the full text of the sources the side-by-side
 * view shows, read from the same index snapshot as the check.
 *
 * @param report the copy report
 * @param sourceTexts the text of the first {@link CopyReportHtml#SIDE_BY_SIDE} sources, by id
 *     (empty unless the check was asked for side by side)
 */
public record CopyCheck(CopyReport report, Map<String, String> sourceTexts) {

  public CopyCheck {
    sourceTexts = Map.copyOf(sourceTexts);
  }

  /** The report as one JSON object ({@link CopyReportFormat#json}). */
  public com.fasterxml.jackson.databind.node.ObjectNode json() {
    return CopyReportFormat.json(report);
  }

  /** The report as a page of its own, sources side by side ({@link CopyReportHtml}). */
  public String html() {
    return CopyReportHtml.render(report, sourceTexts::get);
  }

  /** The report as text ({@link CopyReportFormat#text}). */
  public String text() {
    return CopyReportFormat.text(report);
  }
}
