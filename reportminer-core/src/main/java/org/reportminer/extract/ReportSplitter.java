package org.reportminer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.model.Page;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.SourceInfo;

/**
 * Splits a {@link Page} into its reports (part k of n), each with its own title, text, sections
 * ({@link SectionFinder}) and stable id ({@link ReportId}).
 *
 * <p>Signs of several reports on one page, tried in this order:
 *
 * <ol>
 *   <li><b>Part markers</b> at the start of a paragraph: 第1篇 / 第一篇, 篇一：, 【篇二】, 【第3篇】,
 *       范文一：, numbered 1, 2, 3 … in order (at least two).
 *   <li><b>Numbered titles</b>, only when the page title announces a count ("(3篇)", "精选5篇"):
 *       exactly that many paragraphs "1、…总结" / "二、…报告" whose text ends in a report word.
 *   <li><b>Repeated title lines</b>: one title-like line naming a report (…总结, …报告 …) that
 *       recurs, each occurrence followed by at least {@value #MIN_PART_CHARS} characters of body.
 *   <li><b>Parallel titles in a collection</b>, only when the page title announces one (汇编,
 *       合集, 汇总, 选编, 集锦, 精选, N篇): title lines naming reports that end alike
 *       ("办公室2023年工作总结", "财务科2023年工作总结"), each followed by at least {@value
 *       #MIN_PART_CHARS} characters of body.
 * </ol>
 *
 * <p>Title of a part that starts with a marker: when the paragraph right after the marker is a
 * title-like line naming the same report as the marker's caption (character-bigram Dice ≥ 0.5, or
 * the caption is empty), that line is the title. It is the report's own heading, while marker
 * captions are the site's listing, often shortened or garbled ("第1篇 20234.26世界…" above
 * "2023年4.26世界…"). Otherwise the marker's caption is the title. Text before the first part (the
 * page heading repeated, a site blurb) belongs to no report and goes. A page without these signs
 * is one report titled with the page title; its own section headings never split it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportSplitter {
  static final int MIN_PART_CHARS = 100;

  private static final String NUM = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}";
  private static final List<Pattern> MARKERS =
      List.of(
          Pattern.compile("^第\\s*(" + NUM + ")\\s*篇(?:\\s*[:：、.．]\\s*|\\s+|$)(.*)$"),
          Pattern.compile("^篇\\s*(" + NUM + ")(?:\\s*[:：、.．]\\s*|\\s+|$)(.*)$"),
          Pattern.compile("^[【\\[]\\s*(?:第\\s*)?(?:篇\\s*)?(" + NUM + ")\\s*篇?\\s*[】\\]]\\s*[:：]?\\s*(.*)$"),
          Pattern.compile("^(?:精选)?范文\\s*(" + NUM + ")(?:\\s*[:：、.．]\\s*|\\s+|$)(.*)$"));
  private static final Pattern COUNT_HINT = Pattern.compile("(" + NUM + ")\\s*篇");
  private static final Pattern NUMBERED_TITLE =
      Pattern.compile("^(" + NUM + ")\\s*[、.．:：]\\s*(.+)$");
  private static final Pattern REPORT_WORD =
      Pattern.compile(".*(总结|报告|汇报|述职|小结|心得|体会|计划|方案|讲话|发言稿?|简报|情况通报|自查)(（.{1,12}）|\\(.{1,12}\\))?$");

  private final SectionFinder sections = new SectionFinder();

  /** A part of the page: its title and the range of body paragraphs. */
  private record Part(String title, int from, int to) {}

  /** The reports on {@code page}, in page order (one when the page shows no signs of several). */
  public List<Report> split(Page page) {
    List<String> p = page.paragraphs();
    List<Part> parts = byMarkers(p);
    if (parts == null) {
      parts = byNumberedTitles(p, page.title());
    }
    if (parts == null) {
      parts = byRepeatedTitles(p);
    }
    if (parts == null) {
      parts = byParallelTitles(p, page.title());
    }
    if (parts == null) {
      parts = List.of(new Part(page.title(), 0, p.size()));
    }
    List<Part> nonEmpty = new ArrayList<>();
    for (Part part : parts) {
      if (part.to() > part.from()) {
        nonEmpty.add(part);
      }
    }
    List<Report> out = new ArrayList<>();
    for (int k = 0; k < nonEmpty.size(); k++) {
      Part part = nonEmpty.get(k);
      List<String> body = new ArrayList<>(p.subList(part.from(), part.to()));
      if (!body.isEmpty() && body.get(0).equals(part.title())) {
        body.remove(0);
      }
      String text = String.join("\n", body);
      SourceInfo source = page.source().withPart(k + 1, nonEmpty.size());
      out.add(
          new Report(
              ReportId.of(source.key(), k + 1),
              source,
              part.title() != null ? part.title() : page.title(),
              page.published(),
              page.category(),
              text,
              sections.find(text)));
    }
    return out;
  }

  // ---- 1. part markers ----

  private record Marker(int index, int number, String caption) {}

  private static Marker marker(String line, int index) {
    if (line.length() > 80 || (line.indexOf('篇') < 0 && !line.contains("范文")) || TextUtil.hasSentenceEnd(line)) {
      return null;
    }
    for (Pattern p : MARKERS) {
      Matcher m = p.matcher(line);
      if (m.matches()) {
        int n = SectionFinder.number(TextUtil.asciiDigits(m.group(1)));
        String caption = TextUtil.normalize(m.group(2));
        if (n > 0 && (caption.isEmpty() || TextUtil.titleLike(caption))) {
          return new Marker(index, n, caption);
        }
      }
    }
    return null;
  }

  private static List<Part> byMarkers(List<String> p) {
    List<Marker> found = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      Marker m = marker(p.get(i), i);
      if (m != null) {
        found.add(m);
      }
    }
    List<Marker> seq = new ArrayList<>();
    int expect = 1;
    for (Marker m : found) {
      if (m.number() == expect) {
        seq.add(m);
        expect++;
      }
    }
    if (seq.size() < 2) {
      return null;
    }
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < seq.size(); k++) {
      Marker m = seq.get(k);
      int end = k + 1 < seq.size() ? seq.get(k + 1).index() : p.size();
      String next = m.index() + 1 < end ? p.get(m.index() + 1) : null;
      boolean nextIsTitle =
          next != null
              && TextUtil.titleLike(next)
              && !SectionFinder.isHeadingLine(next)
              && (m.caption().isEmpty()
                  || TextUtil.bigramDice(next, m.caption()) >= 0.5
                  || next.contains(m.caption())
                  || m.caption().contains(next));
      if (nextIsTitle) {
        parts.add(new Part(next, m.index() + 2, end));
      } else {
        parts.add(new Part(m.caption().isEmpty() ? null : m.caption(), m.index() + 1, end));
      }
    }
    return parts;
  }

  // ---- 2. numbered titles announced by the page title ----

  private static List<Part> byNumberedTitles(List<String> p, String pageTitle) {
    if (pageTitle == null) {
      return null;
    }
    Matcher hint = COUNT_HINT.matcher(pageTitle);
    if (!hint.find()) {
      return null;
    }
    int count = SectionFinder.number(TextUtil.asciiDigits(hint.group(1)));
    if (count < 2) {
      return null;
    }
    List<int[]> titles = new ArrayList<>(); // {index, number}
    int expect = 1;
    for (int i = 0; i < p.size(); i++) {
      Matcher m = NUMBERED_TITLE.matcher(p.get(i));
      if (m.matches() && TextUtil.titleLike(m.group(2)) && REPORT_WORD.matcher(m.group(2)).matches()) {
        int n = SectionFinder.number(TextUtil.asciiDigits(m.group(1)));
        if (n == expect) {
          titles.add(new int[] {i, n});
          expect++;
        }
      }
    }
    if (titles.size() != count) {
      return null;
    }
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < titles.size(); k++) {
      int at = titles.get(k)[0];
      int end = k + 1 < titles.size() ? titles.get(k + 1)[0] : p.size();
      Matcher m = NUMBERED_TITLE.matcher(p.get(at));
      m.matches();
      parts.add(new Part(TextUtil.normalize(m.group(2)), at + 1, end));
    }
    return parts;
  }

  // ---- 3. a repeated title line ----

  private static List<Part> byRepeatedTitles(List<String> p) {
    Map<String, List<Integer>> at = new HashMap<>();
    for (int i = 0; i < p.size(); i++) {
      String line = p.get(i);
      if (TextUtil.titleLike(line) && !SectionFinder.isHeadingLine(line) && REPORT_WORD.matcher(line).matches()) {
        at.computeIfAbsent(line, x -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> best = null;
    for (List<Integer> idx : at.values()) {
      if (idx.size() >= 2 && (best == null || idx.get(0) < best.get(0)) && partsLongEnough(p, idx)) {
        best = idx;
      }
    }
    if (best == null) {
      return null;
    }
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < best.size(); k++) {
      int i = best.get(k);
      int end = k + 1 < best.size() ? best.get(k + 1) : p.size();
      parts.add(new Part(p.get(i), i + 1, end));
    }
    return parts;
  }

  // ---- 4. parallel titles in an announced collection ----

  private static final Pattern COLLECTION = Pattern.compile(".*(汇编|合集|汇总|选编|集锦|精选|(" + NUM + ")\\s*篇).*");
  /** Parallel titles end in the same characters (a report word and what precedes it). */
  private static final int SHARED_ENDING = 4;

  private static List<Part> byParallelTitles(List<String> p, String pageTitle) {
    if (pageTitle == null || !COLLECTION.matcher(pageTitle).matches()) {
      return null;
    }
    Map<String, List<Integer>> byEnding = new HashMap<>();
    for (int i = 0; i < p.size(); i++) {
      String line = p.get(i);
      if (line.length() > SHARED_ENDING + 1
          && !line.equals(pageTitle)
          && TextUtil.titleLike(line)
          && !SectionFinder.isHeadingLine(line)
          && marker(line, i) == null
          && REPORT_WORD.matcher(line).matches()) {
        byEnding.computeIfAbsent(line.substring(line.length() - SHARED_ENDING), x -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> best = null;
    for (List<Integer> idx : byEnding.values()) {
      if (idx.size() >= 2 && (best == null || idx.size() > best.size()) && partsLongEnough(p, idx)) {
        best = idx;
      }
    }
    if (best == null) {
      return null;
    }
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < best.size(); k++) {
      int i = best.get(k);
      int end = k + 1 < best.size() ? best.get(k + 1) : p.size();
      parts.add(new Part(p.get(i), i + 1, end));
    }
    return parts;
  }

  private static boolean partsLongEnough(List<String> p, List<Integer> idx) {
    for (int k = 0; k < idx.size(); k++) {
      int end = k + 1 < idx.size() ? idx.get(k + 1) : p.size();
      int chars = 0;
      for (int i = idx.get(k) + 1; i < end; i++) {
        chars += TextUtil.contentChars(p.get(i));
      }
      if (chars < MIN_PART_CHARS) {
        return false;
      }
    }
    return true;
  }
}
