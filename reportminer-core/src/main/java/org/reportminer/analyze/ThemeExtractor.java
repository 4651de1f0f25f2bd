package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the themes a report states for itself, in its own words: campaign slogans and subjects
 * introduced by 以“…”为主题 (also 为题, 为口号, 为主线), 主题是/为“…”, 宣传主题“…”, 围绕“…”, “…”主题活动,
 * “…”年主题, and unquoted 以…为主题 / 主题是… up to the end of the clause. A quoted day or campaign
 * name before 主题宣传 is not a theme (“4·23世界读书日”主题宣传). A theme is 2 to 40 characters and
 * kept exactly as written (including its inner punctuation). Distinct, in order of first mention.
 *
 * <p>Not themes: quoted names of events or campaigns without such a frame (“绿书签行动2023”), titles
 * of documents in 《》. Stateless and thread-safe.
 */
public final class ThemeExtractor {
  private static final String OPEN = "[“\"「『]";
  private static final String CLOSE = "[”\"」』]";
  private static final String Q = OPEN + "([^“”\"「」『』\\n]{2,40})" + CLOSE;
  private static final String PLAIN = "([^，。；！？,;!?“”\"\\n]{2,30}?)";
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("以" + Q + "为(?:主题|题|口号|主线|宣传主题|活动主题)"),
          Pattern.compile("主题(?:是|为|：|:)\\s*" + Q),
          Pattern.compile("(?:宣传|活动|大会|年度)主题" + Q),
          Pattern.compile("围绕" + Q),
          Pattern.compile(Q + "(?:主题(?:活动|党日|教育|实践|演讲|征文)|(?:年|年度)主题)"),
          Pattern.compile("以(?!" + OPEN + ")" + PLAIN + "为(?:主题|宣传主题|活动主题)"),
          Pattern.compile("主题(?:是|为)(?:：|:)?(?!" + OPEN + ")" + PLAIN + "(?=[，。；！？,;!?\\n]|$)"));

  private static final int UNQUOTED_YI = 5;

  /** A theme extractor; it keeps no state between calls. */
  public ThemeExtractor() {}

  /** The distinct themes of {@code text} in order of first mention. */
  public List<String> extract(String text) {
    List<Hit> hits = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      // the patterns run only on paragraphs with a cue word: a theme never spans paragraphs
      if (line.contains("主题") || line.contains("围绕") || line.contains("为题") || line.contains("口号") || line.contains("主线")) {
        find(line, lineStart, hits);
      }
      lineStart = lineEnd + 1;
    }
    hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<String> out = new ArrayList<>();
    for (Hit h : hits) {
      if (!out.contains(h.theme())) {
        out.add(h.theme());
      }
    }
    return out;
  }

  private record Hit(int start, String theme) {}

  private static void find(String text, int base, List<Hit> hits) {
    for (int k = 0; k < PATTERNS.size(); k++) {
      Matcher m = PATTERNS.get(k).matcher(text);
      while (m.find()) {
        String theme = m.group(1).strip();
        if (k == UNQUOTED_YI) {
          // the frame's 以 is the last one before 为主题: 所以我们以安全为主题 → 安全
          theme = theme.substring(theme.lastIndexOf('以') + 1);
        }
        if (acceptable(theme)) {
          hits.add(new Hit(base + m.start(1), theme));
        }
      }
    }
  }

  private static boolean acceptable(String theme) {
    int len = theme.codePointCount(0, theme.length());
    return len >= 2 && len <= 40 && TokenTraits.containsHan(theme) && !theme.contains("《");
  }
}
