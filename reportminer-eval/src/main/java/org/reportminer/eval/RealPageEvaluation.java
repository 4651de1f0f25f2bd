package org.reportminer.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores extractors on the real pages ({@link RealPageGold}), all with the same rules:
 *
 * <ul>
 *   <li><b>body recall</b>: the share of body probes (body_first, body_last and the probes) found
 *       in the extracted text, whitespace and invisible characters (controls, format characters)
 *       ignored on both sides;
 *   <li><b>boilerplate leak</b>: the share of boilerplate probes found in the extracted text;
 *   <li><b>title</b>: the extracted title equals the gold title (whitespace runs collapsed,
 *       trimmed);
 *   <li><b>published</b>: the extracted date equals the gold date (both null counts as right);
 *   <li><b>no report</b>: pages with an article that yielded no report (or no text) at all;
 *   <li><b>mojibake</b>: pages whose title and text hold more than 1% U+FFFD, or more than 5% of
 *       their non-ASCII characters in Latin-1 letters that are not next to an ASCII letter (the
 *       signature of CJK bytes decoded as a Western or EBCDIC charset; "Café" or pinyin "jìn" are
 *       words), or 锟斤拷.
 * </ul>
 *
 * <p>Probe shares are micro-averaged (probes of all pages pooled); title, date and the counts are
 * over the pages that have an article. Pages without an article only count in the last column
 * (reports found where there is none). Stateless and thread-safe.
 */
public final class RealPageEvaluation {

  /** One extractor on one page. */
  public record PageScore(
      RealPageGold gold, PageExtractor.Output out, List<String> missedBody, List<String> leaked,
      int bodyProbes, int boilerplateProbes, boolean titleRight, boolean publishedRight, boolean mojibake) {

    boolean noReport() {
      return out.reports() == 0 || out.text().isBlank();
    }
  }

  /** One extractor over the whole set. */
  public record Totals(
      String extractor, boolean findsDates, int pages, int articlePages, int bodyFound, int bodyProbes,
      int leaked, int boilerplateProbes, int titlesRight, int datesRight, int noReport, int mojibake,
      int nonArticleWithReport, List<PageScore> scores) {

    public double bodyRecall() {
      return bodyProbes == 0 ? 0 : (double) bodyFound / bodyProbes;
    }

    public double leak() {
      return boilerplateProbes == 0 ? 0 : (double) leaked / boilerplateProbes;
    }

    public double title() {
      return articlePages == 0 ? 0 : (double) titlesRight / articlePages;
    }

    public double published() {
      return articlePages == 0 ? 0 : (double) datesRight / articlePages;
    }
  }

  /** The result: one row per extractor, and the pages scored. */
  public record Result(List<RealPageGold> pages, List<Totals> rows) {}

  /** Runs every extractor on every page. */
  public Result evaluate(List<RealPageGold> pages, List<PageExtractor> extractors) throws IOException {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (RealPageGold g : pages) {
      bytes.put(g.id(), Files.readAllBytes(g.html()));
    }
    List<Totals> rows = new ArrayList<>();
    for (PageExtractor x : extractors) {
      List<PageScore> scores = new ArrayList<>();
      for (RealPageGold g : pages) {
        scores.add(score(g, x.extract(g.id(), bytes.get(g.id()), g.url())));
      }
      rows.add(totals(x, scores));
    }
    return new Result(pages, rows);
  }

  /** Scores one output against its gold. */
  public static PageScore score(RealPageGold g, PageExtractor.Output out) {
    String text = squeeze(out.text());
    List<String> missed = new ArrayList<>();
    for (String p : g.bodyProbes()) {
      if (!text.contains(squeeze(p))) {
        missed.add(p);
      }
    }
    List<String> leaked = new ArrayList<>();
    for (String p : g.boilerplateProbes()) {
      if (text.contains(squeeze(p))) {
        leaked.add(p);
      }
    }
    boolean title = g.title() != null && out.title() != null && collapse(g.title()).equals(collapse(out.title()));
    boolean date = g.published() == null ? out.published() == null : g.published().equals(out.published());
    boolean moji = mojibake((out.title() == null ? "" : out.title()) + out.text());
    return new PageScore(g, out, missed, leaked, g.bodyProbes().size(), g.boilerplateProbes().size(), title, date, moji);
  }

  private static Totals totals(PageExtractor x, List<PageScore> scores) {
    int articles = 0, found = 0, probes = 0, leaked = 0, boiler = 0, titles = 0, dates = 0, none = 0, moji = 0,
        phantom = 0;
    for (PageScore s : scores) {
      if (!s.gold().hasArticle()) {
        phantom += s.noReport() ? 0 : 1;
        continue;
      }
      articles++;
      probes += s.bodyProbes();
      found += s.bodyProbes() - s.missedBody().size();
      boiler += s.boilerplateProbes();
      leaked += s.leaked().size();
      titles += s.titleRight() ? 1 : 0;
      dates += s.publishedRight() ? 1 : 0;
      none += s.noReport() ? 1 : 0;
      moji += s.mojibake() ? 1 : 0;
    }
    return new Totals(x.name(), x.findsDates(), scores.size(), articles, found, probes, leaked, boiler, titles, dates,
        none, moji, phantom, scores);
  }

  /** Whether the text looks like mojibake (see the class comment). */
  public static boolean mojibake(String s) {
    if (s.contains("锟斤拷")) {
      return true;
    }
    int fffd = 0, latin1 = 0, nonAscii = 0, chars = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      chars++;
      if (c >= 0x80) {
        nonAscii++;
      }
      if (c == '\uFFFD') {
        fffd++;
      } else if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7 && !inLatinWord(s, i)) {
        latin1++;
      }
    }
    return (chars > 0 && fffd * 100 > chars) || (latin1 >= 5 && latin1 * 20 > nonAscii);
  }

  /**
   * Whether the Latin-1 letter at {@code i} sits next to an ASCII letter: a letter of a Latin word
   * ("Café", pinyin "jìn" written into a page), not a byte of CJK text decoded as Latin-1 (whose
   * neighbours are other Latin-1 bytes and symbols; CJK lead and trail bytes are never ASCII).
   */
  private static boolean inLatinWord(String s, int i) {
    return (i > 0 && isAsciiLetter(s.charAt(i - 1))) || (i + 1 < s.length() && isAsciiLetter(s.charAt(i + 1)));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The text without any whitespace (ASCII, NBSP, ideographic space) and without invisible
   * characters (controls and format characters: zero-width space, BOM, the C0 controls some sites
   * sprinkle between words against copying).
   */
  static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL || type == Character.FORMAT)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0\\u3000]+", " ").trim();
  }

  /** The table (Markdown) with the set's size and how it was scored. */
  public static String markdown(Result r) {
    StringBuilder b = new StringBuilder();
    long articles = r.pages().stream().filter(RealPageGold::hasArticle).count();
    long sites = r.pages().stream().map(g -> g.site() == null ? g.id() : g.site()).distinct().count();
    int body = r.rows().isEmpty() ? 0 : r.rows().get(0).bodyProbes();
    int boiler = r.rows().isEmpty() ? 0 : r.rows().get(0).boilerplateProbes();
    b.append(String.format(Locale.ROOT,
        "%d real pages from %d sites (%d with an article; %d body probes, %d boilerplate probes).%n%n",
        r.pages().size(), sites, articles, body, boiler));
    b.append("| extractor | body recall | boilerplate leak | title exact | published exact | article pages with no report | mojibake pages |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Totals t : r.rows()) {
      b.append(String.format(Locale.ROOT, "| %s | %.3f (%d/%d) | %.3f (%d/%d) | %.3f (%d/%d) | %s | %d of %d | %d |%n",
          t.extractor(), t.bodyRecall(), t.bodyFound(), t.bodyProbes(), t.leak(), t.leaked(), t.boilerplateProbes(),
          t.title(), t.titlesRight(), t.articlePages(),
          t.findsDates() ? String.format(Locale.ROOT, "%.3f (%d/%d)", t.published(), t.datesRight(), t.articlePages()) : "–",
          t.noReport(), t.articlePages(), t.mojibake()));
    }
    b.append("\nScoring (the same for every extractor): body recall is the share of body probes (each page's"
        + " first and last body lines and 6-10 passages chosen by the annotator) found in the extracted text,"
        + " whitespace and invisible control characters ignored; boilerplate leak is the share of boilerplate probes (navigation, source and editor"
        + " lines, disclaimers, footers, related lists) found in it; both pooled over all pages. Title and"
        + " published date are exact matches per page (whitespace runs collapsed; no date where the gold has"
        + " none counts as right). Mojibake: more than 1% U+FFFD, or Latin-1 letters not next to an ASCII letter"
        + " making up more than 5% of the non-ASCII text (a Latin-1 letter inside a Latin word, such as pinyin"
        + " written into a page, is a letter, not a decoding error).\n");
    return b.toString();
  }

  /** Per-page problems of one extractor, one line each (for --verbose). */
  public static List<String> problems(Totals t) {
    List<String> out = new ArrayList<>();
    for (PageScore s : t.scores()) {
      RealPageGold g = s.gold();
      if (!g.hasArticle()) {
        continue;
      }
      String id = g.id();
      if (s.noReport()) {
        out.add(id + ": no report (" + s.out().error() + ")");
        continue;
      }
      if (!s.titleRight()) {
        out.add(id + ": title '" + s.out().title() + "', gold '" + g.title() + "'");
      }
      if (!s.publishedRight() && t.findsDates()) {
        out.add(id + ": published " + s.out().published() + ", gold " + g.published());
      }
      for (String m : s.missedBody()) {
        out.add(id + ": body missed: " + clip(m));
      }
      for (String l : s.leaked()) {
        out.add(id + ": boilerplate kept: " + clip(l));
      }
      if (s.mojibake()) {
        out.add(id + ": mojibake");
      }
    }
    return out;
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
