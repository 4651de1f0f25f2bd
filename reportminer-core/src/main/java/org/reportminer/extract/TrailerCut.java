package org.reportminer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the trailer off a page body: everything from the first trailer line ({@link
 * BoilerplatePatterns#isTrailerStart}) on, provided at least {@value #MIN_SHARE} of the body's
 * characters come before it, so that a "上一篇" link above the article cuts nothing. Trailer lines
 * seen earlier are simply dropped. Not thread-safe; use one instance per document.
 */
final class TrailerCut {
  /** The share of body characters that must precede a trailer line for it to cut. */
  static final double MIN_SHARE = 0.3;

  private record Line(String text, boolean trailer) {}

  private final List<Line> lines = new ArrayList<>();
  private final java.util.Set<CleaningRule> off;

  /** A cut with every rule on. */
  TrailerCut() {
    this(java.util.Set.of());
  }

  /** A cut with the rules in {@code off} switched off. */
  TrailerCut(java.util.Set<CleaningRule> off) {
    this.off = off;
  }

  /** Adds a body line (not furniture). */
  void body(String text) {
    lines.add(new Line(text, false));
  }

  /** Adds a trailer line. */
  void trailer(String text) {
    lines.add(new Line(text, true));
  }

  /** Adds {@code text} as body or trailer, or drops it as furniture. */
  void offer(String text) {
    if (BoilerplatePatterns.isTrailerStart(text, off)) {
      trailer(text);
    } else if (!BoilerplatePatterns.isBoilerplate(text, off)) {
      body(text);
    }
  }

  /** The body lines before the cut. */
  List<String> result() {
    int total = 0;
    for (Line l : lines) {
      total += l.trailer() ? 0 : l.text().length();
    }
    List<String> out = new ArrayList<>();
    int seen = 0;
    for (Line l : lines) {
      if (l.trailer()) {
        if (total > 0 && seen >= MIN_SHARE * total && !off.contains(CleaningRule.TRAILER)) {
          break;
        }
        continue;
      }
      seen += l.text().length();
      out.add(l.text());
    }
    return out;
  }
}
