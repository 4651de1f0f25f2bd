package org.reportminer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a plain-text document, typically a web page saved as text (like the seed page): the same
 * boilerplate rules as for HTML, applied to lines.
 *
 * <p>The head of the page (the lines before the first line of prose, at most {@value #HEAD_LINES})
 * gives the metadata: a breadcrumb line ("管理者范文网 > 范文大全 > 工作总结 > 活动总结") becomes the
 * category and goes; a labeled date line ("发布时间:2022-10-05") becomes the publication date and
 * goes; the first title-like line becomes the title and goes. Everywhere, lines matching {@link
 * BoilerplatePatterns} go (栏目, metadata, share and copy buttons …), and the trailer ("《….doc》",
 * "将本文的Word文档下载…", 推荐度, 相关范文 …) is cut once enough body has been seen. Other lines are
 * kept as paragraphs, one per line. Stateless and thread-safe.
 */
public final class TextPageCleaner {
  static final int HEAD_LINES = 12;

  /**
   * Cleans {@code text}.
   *
   * @param text the decoded document
   * @param fallbackTitle a title to use when the text has no title-like first lines (file name)
   */
  public PageContent clean(String text, String fallbackTitle) {
    List<String> lines = lines(text);
    int headEnd = headEnd(lines);
    String title = null;
    List<String> category = List.of();
    List<String> headLines = new ArrayList<>();
    TrailerCut kept = new TrailerCut();
    boolean categoryFound = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean head = i < headEnd;
      if (head) {
        headLines.add(line);
        List<String> crumbs = Breadcrumbs.segments(line);
        if (crumbs != null) {
          if (!categoryFound) {
            category = Breadcrumbs.category(crumbs, null, null);
            categoryFound = true;
          }
          continue;
        }
        if ((PublishedDates.labeled(line) != null && line.length() <= 60) || PublishedDates.dateline(line) != null) {
          continue;
        }
        if (title == null && TextUtil.titleLike(line) && !BoilerplatePatterns.isBoilerplate(line)) {
          title = line;
          continue;
        }
      }
      kept.offer(line);
    }
    String published = PublishedDates.best(headLines);
    for (int i = 0; published == null && i < headLines.size(); i++) {
      published = PublishedDates.dateline(headLines.get(i));
    }
    if (title == null) {
      title = fallbackTitle;
    }
    if (!category.isEmpty() && title != null) {
      category = Breadcrumbs.category(category, null, title);
    }
    List<String> paragraphs = HtmlPageCleaner.dropLeadingTitle(kept.result(), title);
    return new PageContent(title, published, category, null, paragraphs);
  }

  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : text.split("\r\n|\r|\n|\u2028|\u2029")) {
      String l = TextUtil.normalize(raw);
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }

  /** Index of the first prose line (the body starts there), capped at {@value #HEAD_LINES}. */
  private static int headEnd(List<String> lines) {
    int n = Math.min(lines.size(), HEAD_LINES);
    for (int i = 0; i < n; i++) {
      String l = lines.get(i);
      if (TextUtil.contentChars(l) >= 30 && TextUtil.proseMarks(l) >= 2) {
        return i;
      }
    }
    return n;
  }
}
