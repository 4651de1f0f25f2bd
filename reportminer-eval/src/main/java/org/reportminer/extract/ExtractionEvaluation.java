package org.reportminer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;
import org.reportminer.model.Section;

/**
 * Measures extraction against hand-made gold, with raw-library baselines beside it.
 *
 * <p>Body text: character-level precision and recall by longest common subsequence ({@link
 * CharOverlap}, whitespace ignored), micro-averaged over files: for each corpus file, all gold
 * report texts of the file joined vs all our report texts joined, so the body figure does not
 * depend on the split. Baselines on the same bytes: jsoup's {@code Jsoup.parse(bytes).body().text()}
 * and {@code .wholeText()} (jsoup's own charset detection; HTML and text files only, since jsoup
 * is no parser for DOCX or PDF) and Tika's {@code AutoDetectParser} into a {@code
 * BodyContentHandler} (every file).
 *
 * <p>Fields, per gold report: gold and our reports are paired in page order (part k with part k);
 * title (whitespace ignored), publication date and category path count as right only when equal.
 * Title baselines: jsoup's {@code <title>} and Tika's dc:title of the page. Split: a file counts as
 * right when we give as many reports as the gold. Sections: precision/recall of (heading, level)
 * pairs per paired report (headings compared without whitespace).
 *
 * <p>Not thread-safe (keeps a Tika parser); one evaluation at a time.
 */
public final class ExtractionEvaluation {

  /**
   * One corpus file.
   *
   * @param file the file's path relative to the corpus (e.g. html/a.html)
   * @param gold the gold reports, in page order (zip/WARC: all pages in order)
   * @param ours our reports for the file, in the same order
   * @param documents the file's documents (one, or one per zip member / WARC record)
   * @param mediaType the detected media type of the file's first document (for grouping)
   */
  public record Case(
      String file, List<Report> gold, List<Report> ours, List<RawDocument> documents, String mediaType) {
    public Case {
      gold = List.copyOf(gold);
      ours = List.copyOf(ours);
      documents = List.copyOf(documents);
    }
  }

  /** Precision/recall counts (matched units, system units, gold units). */
  public record Prf(long matched, long system, long gold) {
    public double precision() {
      return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Prf plus(Prf o) {
      return new Prf(matched + o.matched, system + o.system, gold + o.gold);
    }

    static final Prf ZERO = new Prf(0, 0, 0);
  }

  /** A count of right answers out of a total. */
  public record Accuracy(int right, int total) {
    public double value() {
      return total == 0 ? 0 : (double) right / total;
    }

    Accuracy plus(boolean ok) {
      return new Accuracy(right + (ok ? 1 : 0), total + 1);
    }
  }

  /** Figures for one group of files (all files, or one document type). */
  public record Scores(
      int files,
      int goldReports,
      Prf ours,
      Prf jsoupText,
      Prf jsoupWholeText,
      Prf tika,
      Accuracy title,
      Accuracy jsoupTitle,
      Accuracy tikaTitle,
      Accuracy published,
      Accuracy category,
      Accuracy split,
      Prf sections) {}

  /** The evaluation: overall scores, scores per type, and the files where we went wrong. */
  public record Result(Scores overall, Map<String, Scores> byType, List<String> problems) {}

  private boolean baselines = true;
  private final AutoDetectParser tikaParser = new AutoDetectParser(TikaConfig.getDefaultConfig());
  private final TypeDetector types = new TypeDetector(TikaConfig.getDefaultConfig());

  /** Scores {@code cases}, with the raw-library baselines. */
  public Result evaluate(List<Case> cases) {
    return evaluate(cases, true);
  }

  /** Scores {@code cases}; without baselines their figures stay zero (faster, for tests). */
  public Result evaluate(List<Case> cases, boolean baselines) {
    this.baselines = baselines;
    Map<String, List<Case>> groups = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    Map<Case, CaseScores> scored = new HashMap<>();
    for (Case c : cases) {
      CaseScores s = score(c, problems);
      scored.put(c, s);
      groups.computeIfAbsent(typeGroup(c.mediaType()), k -> new ArrayList<>()).add(c);
    }
    Map<String, Scores> byType = new TreeMap<>();
    for (Map.Entry<String, List<Case>> g : groups.entrySet()) {
      byType.put(g.getKey(), sum(g.getValue(), scored));
    }
    return new Result(sum(cases, scored), byType, problems);
  }

  /** A short name for a media type: html, txt, docx, pdf, doc, zip, warc, other. */
  public static String typeGroup(String mediaType) {
    if (mediaType == null) {
      return "other";
    }
    String t = mediaType.toLowerCase(Locale.ROOT);
    if (t.contains("html")) {
      return "html";
    }
    if (t.equals("text/plain")) {
      return "txt";
    }
    if (t.contains("wordprocessingml")) {
      return "docx";
    }
    if (t.equals("application/pdf")) {
      return "pdf";
    }
    if (t.equals("application/msword") || t.contains("x-tika-msoffice")) {
      return "doc";
    }
    if (t.contains("zip")) {
      return "zip";
    }
    if (t.contains("warc")) {
      return "warc";
    }
    return "other";
  }

  private record CaseScores(
      Prf ours, Prf jsoupText, Prf jsoupWhole, Prf tika, boolean jsoupApplies,
      Accuracy title, Accuracy jsoupTitle, Accuracy tikaTitle, Accuracy published,
      Accuracy category, boolean splitRight, Prf sections) {}

  private CaseScores score(Case c, List<String> problems) {
    String gold = CharOverlap.strip(joinTexts(c.gold()));
    String ours = CharOverlap.strip(joinTexts(c.ours()));
    Prf oursPrf = prf(ours, gold);
    StringBuilder jText = new StringBuilder();
    StringBuilder jWhole = new StringBuilder();
    StringBuilder tText = new StringBuilder();
    List<String> jTitles = new ArrayList<>();
    List<String> tTitles = new ArrayList<>();
    boolean jsoupApplies = true;
    for (RawDocument d : baselines ? c.documents() : List.<RawDocument>of()) {
      byte[] bytes = bytes(d);
      jsoupApplies &= markup(bytes);
      Document doc = jsoup(bytes, d);
      if (doc != null) {
        jText.append(doc.body().text()).append('\n');
        jWhole.append(doc.body().wholeText()).append('\n');
        jTitles.add(doc.title());
      }
      Metadata md = new Metadata();
      tText.append(tika(bytes, md)).append('\n');
      tTitles.add(md.get(TikaCoreProperties.TITLE));
    }
    Prf jt = jsoupApplies ? prf(CharOverlap.strip(jText.toString()), gold) : Prf.ZERO;
    Prf jw = jsoupApplies ? prf(CharOverlap.strip(jWhole.toString()), gold) : Prf.ZERO;
    Prf tk = prf(CharOverlap.strip(tText.toString()), gold);

    Accuracy title = new Accuracy(0, 0);
    Accuracy jTitle = new Accuracy(0, 0);
    Accuracy tTitle = new Accuracy(0, 0);
    Accuracy published = new Accuracy(0, 0);
    Accuracy category = new Accuracy(0, 0);
    Prf sections = Prf.ZERO;
    for (int i = 0; i < c.gold().size(); i++) {
      Report g = c.gold().get(i);
      Report o = i < c.ours().size() ? c.ours().get(i) : null;
      String gt = CharOverlap.strip(nz(g.title()));
      boolean titleOk = o != null && gt.equals(CharOverlap.strip(nz(o.title())));
      title = title.plus(titleOk);
      String pageTitle = documentTitle(i, c, jTitles);
      jTitle = jTitle.plus(pageTitle != null && gt.equals(CharOverlap.strip(pageTitle)));
      String tikaPageTitle = documentTitle(i, c, tTitles);
      tTitle = tTitle.plus(tikaPageTitle != null && gt.equals(CharOverlap.strip(tikaPageTitle)));
      boolean pubOk = o != null && java.util.Objects.equals(g.published(), o.published());
      published = published.plus(pubOk);
      boolean catOk = o != null && g.category().equals(o.category());
      category = category.plus(catOk);
      sections = sections.plus(sectionPrf(o == null ? List.of() : o.sections(), g.sections()));
      if (!titleOk) {
        problems.add(c.file() + " #" + (i + 1) + " title: gold «" + g.title() + "» ours «" + (o == null ? "-" : o.title()) + "»");
      }
      if (!pubOk) {
        problems.add(c.file() + " #" + (i + 1) + " published: gold " + g.published() + " ours " + (o == null ? "-" : o.published()));
      }
      if (!catOk) {
        problems.add(c.file() + " #" + (i + 1) + " category: gold " + g.category() + " ours " + (o == null ? "-" : o.category()));
      }
    }
    boolean splitRight = c.gold().size() == c.ours().size();
    if (!splitRight) {
      problems.add(c.file() + " reports: gold " + c.gold().size() + " ours " + c.ours().size());
    }
    if (oursPrf.f1() < 0.98) {
      problems.add(String.format(Locale.ROOT, "%s body: P %.3f R %.3f", c.file(), oursPrf.precision(), oursPrf.recall()));
    }
    return new CaseScores(oursPrf, jt, jw, tk, jsoupApplies, title, jTitle, tTitle, published, category, splitRight, sections);
  }

  /** The page title of the document that holds gold report {@code i} (single-page files: the page). */
  private static String documentTitle(int i, Case c, List<String> titles) {
    if (titles.isEmpty()) {
      return null;
    }
    if (titles.size() == 1) {
      return titles.get(0);
    }
    // archives: gold reports carry their member via source.path when known; fall back to order
    return i < titles.size() ? titles.get(i) : null;
  }

  private static Prf sectionPrf(List<Section> ours, List<Section> gold) {
    Map<String, Integer> g = new HashMap<>();
    for (Section s : gold) {
      g.merge(CharOverlap.strip(s.heading()) + "|" + s.level(), 1, Integer::sum);
    }
    int matched = 0;
    for (Section s : ours) {
      String k = CharOverlap.strip(s.heading()) + "|" + s.level();
      Integer n = g.get(k);
      if (n != null && n > 0) {
        matched++;
        g.put(k, n - 1);
      }
    }
    return new Prf(matched, ours.size(), gold.size());
  }

  private static Scores sum(List<Case> cases, Map<Case, CaseScores> scored) {
    Prf ours = Prf.ZERO;
    Prf jt = Prf.ZERO;
    Prf jw = Prf.ZERO;
    Prf tk = Prf.ZERO;
    Prf sections = Prf.ZERO;
    Accuracy title = new Accuracy(0, 0);
    Accuracy jTitle = new Accuracy(0, 0);
    Accuracy tTitle = new Accuracy(0, 0);
    Accuracy published = new Accuracy(0, 0);
    Accuracy category = new Accuracy(0, 0);
    Accuracy split = new Accuracy(0, 0);
    int goldReports = 0;
    for (Case c : cases) {
      CaseScores s = scored.get(c);
      ours = ours.plus(s.ours());
      if (s.jsoupApplies()) {
        jt = jt.plus(s.jsoupText());
        jw = jw.plus(s.jsoupWhole());
      }
      tk = tk.plus(s.tika());
      sections = sections.plus(s.sections());
      title = add(title, s.title());
      jTitle = add(jTitle, s.jsoupTitle());
      tTitle = add(tTitle, s.tikaTitle());
      published = add(published, s.published());
      category = add(category, s.category());
      split = split.plus(s.splitRight());
      goldReports += c.gold().size();
    }
    return new Scores(cases.size(), goldReports, ours, jt, jw, tk, title, jTitle, tTitle, published, category, split, sections);
  }

  private static Accuracy add(Accuracy a, Accuracy b) {
    return new Accuracy(a.right() + b.right(), a.total() + b.total());
  }

  private static Prf prf(String system, String gold) {
    return new Prf(CharOverlap.lcs(system, gold), system.length(), gold.length());
  }

  private static String joinTexts(List<Report> reports) {
    StringBuilder b = new StringBuilder();
    for (Report r : reports) {
      b.append(nz(r.text())).append('\n');
    }
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Whether jsoup is a fair baseline for the bytes: HTML or plain text. */
  private boolean markup(byte[] bytes) {
    try {
      return TypeDetector.kind(types.detect(bytes)) != TypeDetector.Kind.OTHER;
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] bytes(RawDocument d) {
    try (InputStream in = d.content().open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static Document jsoup(byte[] bytes, RawDocument d) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(bytes), d.declaredCharset(), d.url() == null ? "" : d.url());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private String tika(byte[] bytes, Metadata md) {
    BodyContentHandler handler = new BodyContentHandler(-1);
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      tikaParser.parse(in, handler, md, new ParseContext());
    } catch (Exception e) {
      // a baseline that fails on a document scores what it produced so far
    }
    return handler.toString();
  }

  /** The result as Markdown tables, for the console and docs/QUALITY.md. */
  public static String markdown(Result r) {
    StringBuilder b = new StringBuilder();
    Scores o = r.overall();
    b.append(String.format(Locale.ROOT, "%d files with gold, %d gold reports.%n%n", o.files(), o.goldReports()));
    b.append("These are development figures: the corpus, its gold and the extraction rules were written side by side, ")
        .append("so they show that the rules do what the annotation conventions say, not how well they generalize to ")
        .append("unseen sites.\n\n");
    b.append("Body text, character-level LCS (whitespace ignored), micro-averaged over files:\n\n");
    b.append("| files | extractor | precision | recall | F1 |\n|---|---|---:|---:|---:|\n");
    appendBody(b, "all", o);
    for (Map.Entry<String, Scores> e : r.byType().entrySet()) {
      appendBody(b, e.getKey() + " (" + e.getValue().files() + ")", e.getValue());
    }
    b.append("\njsoup baselines cover HTML and text files only (jsoup does not read DOCX or PDF).\n\n");
    b.append("Fields (per gold report, paired by part number; split per file):\n\n");
    b.append("| field | reportminer | jsoup `<title>` | Tika dc:title |\n|---|---:|---:|---:|\n");
    b.append(String.format(Locale.ROOT, "| title | %s | %s | %s |%n", acc(o.title()), acc(o.jsoupTitle()), acc(o.tikaTitle())));
    b.append(String.format(Locale.ROOT, "| published | %s | – | – |%n", acc(o.published())));
    b.append(String.format(Locale.ROOT, "| category | %s | – | – |%n", acc(o.category())));
    b.append(String.format(Locale.ROOT, "| report count (split) | %s | – | – |%n", acc(o.split())));
    b.append(String.format(Locale.ROOT, "| sections (heading+level) P / R / F1 | %.3f / %.3f / %.3f | – | – |%n",
        o.sections().precision(), o.sections().recall(), o.sections().f1()));
    return b.toString();
  }

  private static void appendBody(StringBuilder b, String label, Scores s) {
    row(b, label, "**reportminer**", s.ours());
    if (s.jsoupText().gold() > 0) {
      row(b, label, "jsoup `body().text()`", s.jsoupText());
      row(b, label, "jsoup `body().wholeText()`", s.jsoupWholeText());
    }
    row(b, label, "Tika `BodyContentHandler`", s.tika());
  }

  private static void row(StringBuilder b, String label, String name, Prf p) {
    b.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f |%n", label, name, p.precision(), p.recall(), p.f1()));
  }

  private static String acc(Accuracy a) {
    return String.format(Locale.ROOT, "%.3f (%d/%d)", a.value(), a.right(), a.total());
  }
}
