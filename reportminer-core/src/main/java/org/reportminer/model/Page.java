package org.reportminer.model;

import java.util.List;

/**
 * One extracted document before splitting: clean body paragraphs plus the page-level metadata.
 * A page may carry several reports; {@code extract.ReportSplitter} turns it into {@link Report}s.
 *
 * @param source where the page came from ({@code part} and {@code parts} are 1 here)
 * @param title the page title (from the page heading, else the HTML title, else the first line)
 * @param published ISO publication date ({@code 2022-10-05}) or null when the page gives none
 * @param category the category path from the breadcrumb, outermost first, without the site root
 * @param paragraphs the body paragraphs in order, boilerplate removed, each trimmed and non-empty
 */
public record Page(
    SourceInfo source, String title, String published, List<String> category, List<String> paragraphs) {

  public Page {
    category = List.copyOf(category);
    paragraphs = List.copyOf(paragraphs);
  }
}
