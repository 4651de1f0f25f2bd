package org.reportminer.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds paragraphs from the visual lines of a PDF. PDF text comes as lines laid out on pages,
 * and the paragraph guesses of the PDF library are unreliable for Chinese text (a paragraph per
 * line, or a heading glued to the next line). Rules:
 *
 * <ul>
 *   <li>Running headers and footers go: a line (digits ignored) among the first or last two
 *       lines of at least two pages and of at least half of the pages; page numbers go.
 *   <li>A line continues into the next one when it is about as wide as a full line (at least
 *       {@value #FULL_SHARE} of the typical full width, Chinese characters counting double),
 *       also across a page break; a shorter line ends its paragraph; a line starting with a
 *       section marker (一、 （一） 1. …) always starts a new paragraph.
 *   <li>Lines are joined without a space between Chinese characters.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class PdfReflow {
  static final double FULL_SHARE = 0.9;

  private PdfReflow() {}

  /** The paragraphs of a document given as pages of visual lines (normalized, non-empty). */
  static List<String> paragraphs(List<List<String>> pages) {
    List<List<String>> kept = withoutRunningLines(pages);
    List<String> lines = new ArrayList<>();
    kept.forEach(lines::addAll);
    int full = typicalFullWidth(lines);
    List<String> out = new ArrayList<>();
    String current = "";
    boolean open = false;
    for (String line : lines) {
      boolean newParagraph = !open || SectionFinder.isHeadingLine(line);
      if (newParagraph && !current.isEmpty()) {
        out.add(current);
        current = "";
      }
      current = TextUtil.joinLines(current, line);
      open = width(line) >= FULL_SHARE * full;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** Display width: CJK and full-width characters count 2, others 1. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += c >= 0x2E80 ? 2 : 1;
    }
    return w;
  }

  /** The width of a full line: the 90th percentile of the line widths. */
  private static int typicalFullWidth(List<String> lines) {
    if (lines.isEmpty()) {
      return 1;
    }
    int[] w = lines.stream().mapToInt(PdfReflow::width).sorted().toArray();
    return Math.max(1, w[Math.min(w.length - 1, (int) Math.floor(w.length * 0.9))]);
  }

  private static List<List<String>> withoutRunningLines(List<List<String>> pages) {
    List<List<String>> cleaned = new ArrayList<>();
    for (List<String> page : pages) {
      List<String> p = new ArrayList<>();
      for (String l : page) {
        if (!BoilerplatePatterns.isPageNumber(l)) {
          p.add(l);
        }
      }
      cleaned.add(p);
    }
    if (cleaned.size() < 2) {
      return cleaned;
    }
    Map<String, Integer> edgeCount = new HashMap<>();
    for (List<String> page : cleaned) {
      for (String key : new java.util.HashSet<>(edges(page))) {
        edgeCount.merge(key, 1, Integer::sum);
      }
    }
    int needed = Math.max(2, (cleaned.size() + 1) / 2);
    List<List<String>> out = new ArrayList<>();
    for (List<String> page : cleaned) {
      List<String> p = new ArrayList<>(page);
      int n = p.size();
      for (int i = n - 1; i >= 0; i--) {
        boolean edge = i < 2 || i >= n - 2;
        if (edge && edgeCount.getOrDefault(key(p.get(i)), 0) >= needed) {
          p.remove(i);
        }
      }
      out.add(p);
    }
    return out;
  }

  private static List<String> edges(List<String> page) {
    List<String> keys = new ArrayList<>();
    int n = page.size();
    for (int i : Arrays.asList(0, 1, n - 2, n - 1)) {
      if (i >= 0 && i < n) {
        keys.add(key(page.get(i)));
      }
    }
    return keys;
  }

  /** Lines compared with their digits masked, so "第 1 页" and "第 2 页" are one running line. */
  private static String key(String line) {
    return line.replaceAll("[0-9０-９]+", "#");
  }
}
