package org.reportminer.model;

import java.util.List;

/**
 * One report as extracted: clean text with paragraphs separated by {@code \n}, its metadata and
 * its sections. Produced by the extract stage, consumed by analysis.
 *
 * @param id stable identifier, see {@link ReportId}
 * @param source where it came from, with its part number on the page
 * @param title the report's own title
 * @param published ISO publication date or null
 * @param category breadcrumb category path, outermost first
 * @param text the body, paragraphs separated by a single {@code \n}
 * @param sections headed sections with offsets into {@code text}
 */
public record Report(
    String id,
    SourceInfo source,
    String title,
    String published,
    List<String> category,
    String text,
    List<Section> sections) {

  public Report {
    category = List.copyOf(category);
    sections = List.copyOf(sections);
  }
}
