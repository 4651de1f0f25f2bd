package org.reportminer.index;

import java.util.List;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.SourceInfo;

/** Builds analyzed-report values for index and search tests (no extraction or analysis runs). */
public final class TestReports {
  private TestReports() {}

  /** A one-part report from {@code path}, with the given analysis lists. */
  public static AnalyzedReport report(String path, String title, String published, String text,
      List<String> orgs, List<String> places, List<String> persons, List<String> themes) {
    return part(path, 1, 1, title, published, text, orgs, places, persons, themes);
  }

  /** A report that is part {@code part} of {@code parts} of the page at {@code path}. */
  public static AnalyzedReport part(String path, int part, int parts, String title,
      String published, String text, List<String> orgs, List<String> places,
      List<String> persons, List<String> themes) {
    SourceInfo source = new SourceInfo(path, null, ReportId.sha256Hex(path.getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), "text/plain", "UTF-8", part, parts);
    Report r = new Report(ReportId.of(source.key(), part), source, title, published,
        List.of("工作总结", "活动总结"), text, List.of());
    return new AnalyzedReport(r, orgs, persons, places, List.of(),
        published == null ? List.of() : List.of(new DateValue(published, published, 0, 0)),
        List.of(), themes, List.of());
  }

  /** A report with only a title, a date and a text. */
  public static AnalyzedReport simple(String path, String title, String published, String text) {
    return report(path, title, published, text, List.of(), List.of(), List.of(), List.of());
  }
}
