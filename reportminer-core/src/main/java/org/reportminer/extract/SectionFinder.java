package org.reportminer.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.model.Section;

/**
 * Finds the headed sections of a report's text (paragraphs separated by {@code \n}).
 *
 * <p>Heading styles and their levels (as in {@link Section}): 第一部分 / 第一章 → 1; 一、 → 1;
 * （一） → 2; 1. / 1、 → 3; (1) / 1） → 4; ① → 5. When a report has both 第X部分/章 and 一、
 * headings, every style below 第X部分 moves one level down.
 *
 * <p>A paragraph is a heading only at its start, and only when
 *
 * <ul>
 *   <li>it is short (at most {@value #MAX_HEADING} characters, no sentence inside), and then the
 *       whole paragraph is the heading; or its first sentence, ended by 。！？ or a colon, is that
 *       short, and then that run-in head is the heading (without its final punctuation);
 *   <li>its number continues the style's sequence: 1 starts it, n is accepted only after n−1 of
 *       the same style since the last heading of a higher level;
 *   <li>the marker is not a number in running text: "1. 5万元", "1.5%", "2023.4" and "一是…" are
 *       not headings.
 * </ul>
 *
 * <p>Reports without any numbered top-level heading (no 第X部分, no 一、) often head their parts
 * with bare short lines ("高度重视、精心组织，充分做好活动准备工作"). Such lines count as level-1
 * headings when at least {@value #MIN_BARE_HEADINGS} of them are found, each
 *
 * <ul>
 *   <li>neither the first nor the last paragraph, at most {@value #MAX_BARE_HEADING} characters with
 *       at least four Chinese characters, no sentence or clause stop (。！？；：) and no bracket or
 *       dash at its start;
 *   <li>followed by a body paragraph longer than {@value #MIN_BODY} characters (saved pages often
 *       drop a paragraph's final stop, so none is required).
 * </ul>
 *
 * <p>Offsets are UTF-16 indices into the text: a section starts where its heading paragraph
 * starts and ends where the next heading of the same or a higher level starts, or at the end of
 * the text. Stateless and thread-safe.
 */
public final class SectionFinder {
  static final int MAX_HEADING = 40;
  static final int MAX_BARE_HEADING = 25;
  static final int MIN_BARE_HEADINGS = 2;
  static final int MIN_BODY = 40;

  /** Heading styles, from the outermost. */
  enum Style {
    PART(1, "^第\\s*([一二三四五六七八九十百零〇两]{1,4}|\\d{1,2})\\s*(?:部分|章)"),
    CN_ENUM(1, "^([一二三四五六七八九十]{1,3})\\s*[、.．]"),
    CN_PAREN(2, "^[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]"),
    ARABIC(3, "^(\\d{1,2})\\s*[、.．](?!\\s*\\d)(?![%％])"),
    ARABIC_PAREN(4, "^(?:[（(]\\s*(\\d{1,2})\\s*[）)]|(\\d{1,2})[）)])"),
    CIRCLED(5, "^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])");

    final int baseLevel;
    final Pattern pattern;

    Style(int baseLevel, String regex) {
      this.baseLevel = baseLevel;
      this.pattern = Pattern.compile(regex);
    }
  }

  /** A heading candidate on one paragraph. */
  record Candidate(Style style, int number, String heading, int start) {}

  /** Level of an unnumbered heading (a fallback when no numbered top-level heading exists). */
  private static final int BARE_LEVEL = 1;

  /** Finds the sections of {@code text}. */
  public List<Section> find(String text) {
    String[] lines = text.split("\n", -1);
    List<Candidate> candidates = new ArrayList<>();
    int offset = 0;
    for (String line : lines) {
      Candidate c = candidate(line, offset);
      if (c != null) {
        candidates.add(c);
      }
      offset += line.length() + 1;
    }
    List<Candidate> accepted = inSequence(candidates);
    Set<Style> present = EnumSet.noneOf(Style.class);
    accepted.forEach(c -> present.add(c.style()));
    boolean shift = present.contains(Style.PART) && present.contains(Style.CN_ENUM);
    List<Section> heads = new ArrayList<>(accepted.size());
    accepted.forEach(c -> heads.add(new Section(c.heading(), level(c.style(), shift), c.start(), 0)));
    if (!present.contains(Style.PART) && !present.contains(Style.CN_ENUM)) {
      List<Section> bare = bareHeadings(lines);
      if (bare.size() >= MIN_BARE_HEADINGS) {
        heads.addAll(bare);
        heads.sort((a, b) -> Integer.compare(a.start(), b.start()));
      }
    }
    List<Section> out = new ArrayList<>(heads.size());
    for (int i = 0; i < heads.size(); i++) {
      Section h = heads.get(i);
      int end = text.length();
      for (int j = i + 1; j < heads.size(); j++) {
        if (heads.get(j).level() <= h.level()) {
          end = heads.get(j).start();
          break;
        }
      }
      out.add(new Section(h.heading(), h.level(), h.start(), end));
    }
    return out;
  }

  /** Unnumbered heading lines: short, no stops, between the opening and the end, before a body paragraph. */
  private static List<Section> bareHeadings(String[] lines) {
    List<Section> out = new ArrayList<>();
    int offset = lines.length > 0 ? lines[0].length() + 1 : 0;
    for (int i = 1; i < lines.length - 1; i++) {
      String line = lines[i].strip();
      String next = lines[i + 1].strip();
      if (isBareHeading(line) && next.length() > MIN_BODY) {
        out.add(new Section(line, BARE_LEVEL, offset + lines[i].indexOf(line), 0));
      }
      offset += lines[i].length() + 1;
    }
    return out;
  }

  private static boolean isBareHeading(String line) {
    if (line.isEmpty() || line.length() > MAX_BARE_HEADING || "（(【[—-—“\"《<·".indexOf(line.charAt(0)) >= 0) {
      return false;
    }
    int cjk = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("。！？；：!?;:".indexOf(c) >= 0) {
        return false;
      }
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        cjk++;
      }
    }
    return cjk >= 4 && candidate(line, 0) == null;
  }

  /** Whether a line on its own reads as a section heading (used by the splitter). */
  public static boolean isHeadingLine(String line) {
    return candidate(line, 0) != null;
  }

  private static int level(Style s, boolean shift) {
    return s == Style.PART || !shift ? s.baseLevel : s.baseLevel + 1;
  }

  /** Keeps the candidates whose numbers continue their style's sequence. */
  private static List<Candidate> inSequence(List<Candidate> candidates) {
    Map<Style, Integer> last = new EnumMap<>(Style.class);
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      int prev = last.getOrDefault(c.style(), 0);
      if (c.number() != 1 && c.number() != prev + 1) {
        continue;
      }
      out.add(c);
      last.put(c.style(), c.number());
      // a heading restarts the numbering of every style below it
      for (Style s : Style.values()) {
        if (s.baseLevel > c.style().baseLevel || (s.ordinal() > c.style().ordinal() && s.baseLevel == c.style().baseLevel)) {
          last.remove(s);
        }
      }
    }
    return out;
  }

  static Candidate candidate(String line, int start) {
    if (line.isEmpty() || "第一二三四五六七八九十（(0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".indexOf(line.charAt(0)) < 0) {
      return null; // every heading style starts with one of these
    }
    String ascii = TextUtil.asciiDigits(line);
    for (Style style : Style.values()) {
      Matcher m = style.pattern.matcher(ascii);
      if (!m.find()) {
        continue;
      }
      String numeral = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
      int number = number(numeral);
      if (number <= 0) {
        return null;
      }
      String rest = line.substring(m.end());
      String heading = headingOf(line, m.end());
      if (heading == null || TextUtil.contentChars(rest) < 2) {
        return null;
      }
      return new Candidate(style, number, heading, start);
    }
    return null;
  }

  /** The heading text of a numbered paragraph, or null when it is a numbered sentence. */
  private static String headingOf(String line, int markerEnd) {
    String trimmed = line.strip();
    for (int i = markerEnd; i < trimmed.length() - 1; i++) {
      char c = trimmed.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '：' || c == ':' || c == '；') {
        // a run-in head: the words before the first stop, if that is short
        return i <= MAX_HEADING ? stripEnd(trimmed.substring(0, i)) : null;
      }
    }
    return trimmed.length() <= MAX_HEADING ? stripEnd(trimmed) : null;
  }

  private static String stripEnd(String s) {
    int end = s.length();
    while (end > 0 && "。：:；;，,".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  /** Value of an Arabic, Chinese or circled numeral (1–99), or -1. */
  static int number(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    char c0 = s.charAt(0);
    if (c0 >= '①' && c0 <= '⑳') {
      return c0 - '①' + 1;
    }
    if (Character.isDigit(c0)) {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return ChineseNumerals.parse(s);
  }
}
