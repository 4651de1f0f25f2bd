package org.reportminer.extract;

import java.util.List;

/**
 * What one of the cleaners ({@link HtmlPageCleaner}, {@link TextPageCleaner}, {@link
 * TikaTextReader}) found in a document, before it becomes a {@link org.reportminer.model.Page}.
 *
 * @param title the page title, or null when none was found
 * @param published ISO publication date or null
 * @param category breadcrumb category path (site root and site name removed), possibly empty
 * @param url the page's own URL (canonical link or og:url) or null
 * @param paragraphs clean body paragraphs, each normalized and non-empty
 * @param publishedFrom which evidence gave {@code published} (see {@link
 *     org.reportminer.model.SourceInfo#publishedFrom}), null when there is no date
 */
public record PageContent(
    String title, String published, List<String> category, String url, List<String> paragraphs,
    String publishedFrom) {

  public PageContent {
    category = List.copyOf(category);
    paragraphs = List.copyOf(paragraphs);
    if (published == null) {
      publishedFrom = null;
    }
  }

  /** Content whose date (if any) came from a date line of the text. */
  public PageContent(String title, String published, List<String> category, String url, List<String> paragraphs) {
    this(title, published, category, url, paragraphs, published == null ? null : "line");
  }
}
