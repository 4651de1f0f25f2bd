package org.reportminer.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportminer.model.Page;
import org.reportminer.model.SourceInfo;

/**
 * Site template lines learned over one run: lines that the pages of one site share because the
 * site's template prints them ("本文由某某网整理", a slogan, a notice above every article) and that
 * survived the per-page cleaning. They are removed from every page of that site.
 *
 * <p>A site is the URL's host, else the directory of the file (archive members: the directory
 * inside the archive). A line is template when the site has at least {@value #MIN_PAGES} pages
 * and the line occurs on at least {@value #MIN_PAGES} of them and on at least {@value
 * #MIN_SHARE_PERCENT}% of them. Some lines are never template, because they repeat across one
 * site's pages as content: section headings (一、…), lines of {@value #MAX_LINE} characters or
 * more (copied report paragraphs are left to duplicate detection), and sign-off lines (an
 * organization name, a date).
 *
 * <p>Learn with a {@link Builder} over the pages of a run (a pre-pass), then {@link #apply} to
 * each page. A built instance is immutable and thread-safe; the builder is thread-safe too.
 */
public final class SiteTemplates {
  static final int MIN_PAGES = 3;
  static final int MIN_SHARE_PERCENT = 60;
  static final int MAX_LINE = 80;

  private static final Pattern SIGN_OFF =
      Pattern.compile(".{0,30}(局|委员会|委|政府|办公室|办|中心|学校|小学|中学|大学|学院|公司|协会|大队|处|科|所|院|站|队|部|会|厅|社区|街道|镇|乡|村)$");
  private static final Pattern DATE_LINE =
      Pattern.compile("^[0-9０-９二〇零一二三四五六七八九十]{2,4}\\s*年.{0,8}(日|月)?$");

  private static final SiteTemplates NONE = new SiteTemplates(Map.of());

  private final Map<String, Set<String>> templateLines;

  private SiteTemplates(Map<String, Set<String>> templateLines) {
    this.templateLines = templateLines;
  }

  /** No template lines (for single documents). */
  public static SiteTemplates none() {
    return NONE;
  }

  /** A new, empty builder that counts exactly (memory grows with the distinct lines). */
  public static Builder builder() {
    return new Builder(0);
  }

  /**
   * A new, empty builder whose memory per site stays bounded however many pages the site has:
   * lossy counting with one pruning every {@code window} pages of a site (see {@link Builder}).
   * Batch ingestion uses it for its pre-pass over whole archives.
   */
  public static Builder boundedBuilder(int window) {
    if (window < MIN_PAGES) {
      throw new IllegalArgumentException("window must be at least " + MIN_PAGES + ": " + window);
    }
    return new Builder(window);
  }

  /** Template lines given per site (as stored by a run that learned them with a builder). */
  public static SiteTemplates of(Map<String, Set<String>> linesBySite) {
    Map<String, Set<String>> copy = new HashMap<>();
    linesBySite.forEach((site, lines) -> {
      if (!lines.isEmpty()) {
        copy.put(site, Set.copyOf(lines));
      }
    });
    return new SiteTemplates(Map.copyOf(copy));
  }

  /** The distinct lines of {@code page} that may be template lines (the only ones a builder counts). */
  public static Set<String> candidateLines(Page page) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : page.paragraphs()) {
      if (candidate(line)) {
        out.add(line);
      }
    }
    return out;
  }

  /** Every site's template lines (sites without any are absent). */
  public Map<String, Set<String>> bySite() {
    return templateLines;
  }

  /** The site a source belongs to: URL host, else the file's directory. */
  public static String siteOf(SourceInfo source) {
    return siteOf(source.path(), source.url());
  }

  /** The site of a file at {@code path} with {@code url} (may be null): the URL's host, else the file's directory. */
  public static String siteOf(String path, String url) {
    if (url != null) {
      try {
        String host = java.net.URI.create(url.trim()).getHost();
        if (host != null) {
          return host.toLowerCase(java.util.Locale.ROOT);
        }
      } catch (IllegalArgumentException e) {
        // not a URI: fall back to the path
      }
    }
    String p = path.replace('\\', '/');
    int slash = p.lastIndexOf('/');
    return slash < 0 ? "." : p.substring(0, slash);
  }

  /** The template lines of {@code site} (empty when none). */
  public Set<String> templateLines(String site) {
    return templateLines.getOrDefault(site, Set.of());
  }

  /** {@code page} without its site's template lines. */
  public Page apply(Page page) {
    Set<String> lines = templateLines(siteOf(page.source()));
    if (lines.isEmpty()) {
      return page;
    }
    List<String> kept = new ArrayList<>(page.paragraphs().size());
    for (String p : page.paragraphs()) {
      if (!lines.contains(p)) {
        kept.add(p);
      }
    }
    return new Page(page.source(), page.title(), page.published(), page.category(), kept);
  }

  /** Whether a line may be counted as template at all. */
  static boolean candidate(String line) {
    return line.length() < MAX_LINE
        && !SectionFinder.isHeadingLine(line)
        && !SIGN_OFF.matcher(line).matches()
        && !DATE_LINE.matcher(line).matches();
  }

  /**
   * Counts, per site, on how many pages each candidate line occurs. Thread-safe.
   *
   * <p>The plain builder counts exactly and keeps every distinct candidate line of every site. A
   * {@linkplain #boundedBuilder(int) bounded} one keeps memory bounded per site whatever its
   * number of pages, by lossy counting (Manku and Motwani, VLDB 2002) over pages: every {@code
   * window} pages of a site, lines whose count (plus the pages they may have missed before being
   * counted) is at most the number of windows so far are dropped. Every line on more than a
   * {@code 1/window} share of a site's pages is kept, and its count is low by at most that share;
   * a site with at most {@code window} pages is counted exactly, and a line present from the
   * site's first page (as template lines are) is counted exactly. Results depend on the order
   * of {@link #add} calls only for sites with more than {@code window} pages; add pages in a
   * fixed order for reproducible runs.
   */
  public static final class Builder {
    private final int window;
    private final Map<String, SiteCounts> sites = new HashMap<>();

    private Builder(int window) {
      this.window = window;
    }

    /** Counts the lines of one page (each distinct line once). */
    public Builder add(Page page) {
      return add(siteOf(page.source()), page.paragraphs());
    }

    /**
     * Counts the lines of one page of {@code site} ({@link #siteOf}), given as its paragraphs or
     * as its {@link #candidateLines}: engines that learn templates apart from the pages (a Spark
     * job groups pages by site) send only those.
     */
    public synchronized Builder add(String siteName, Collection<String> paragraphs) {
      SiteCounts site = sites.computeIfAbsent(siteName, s -> new SiteCounts());
      site.pages++;
      long windowsBefore = window > 0 ? (site.pages - 1) / window : 0;
      for (String line : new HashSet<>(paragraphs)) {
        if (candidate(line)) {
          long[] c = site.lines.computeIfAbsent(line, l -> new long[] {0, windowsBefore});
          c[0]++;
        }
      }
      if (window > 0 && site.pages % window == 0) {
        long windows = site.pages / window;
        site.lines.values().removeIf(c -> c[0] + c[1] <= windows);
      }
      return this;
    }

    /** Distinct lines counted now, over all sites (what the builder holds in memory). */
    public synchronized long countedLines() {
      return sites.values().stream().mapToLong(s -> s.lines.size()).sum();
    }

    /** The template lines learned so far. */
    public synchronized SiteTemplates build() {
      Map<String, Set<String>> out = new HashMap<>();
      for (Map.Entry<String, SiteCounts> site : sites.entrySet()) {
        long pages = site.getValue().pages;
        if (pages < MIN_PAGES) {
          continue;
        }
        Set<String> lines = new HashSet<>();
        for (Map.Entry<String, long[]> l : site.getValue().lines.entrySet()) {
          long n = l.getValue()[0];
          if (n >= MIN_PAGES && n * 100 >= MIN_SHARE_PERCENT * pages) {
            lines.add(l.getKey());
          }
        }
        if (!lines.isEmpty()) {
          out.put(site.getKey(), Set.copyOf(lines));
        }
      }
      return new SiteTemplates(Map.copyOf(out));
    }

    /** Pages of one site and, per line, {count, pages it may have missed before being counted}. */
    private static final class SiteCounts {
      long pages;
      final Map<String, long[]> lines = new HashMap<>();
    }
  }
}
