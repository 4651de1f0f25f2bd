package org.reportminer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes breadcrumb lines ("管理者范文网 > 范文大全 > 工作总结 > 活动总结", "当前位置：首页 » 政务公开
 * » 工作报告") and turns them into a category path.
 *
 * <p>Category rule: the segments in order, without the site root (首页, 主页, 网站首页, Home …),
 * without the site name (a first segment naming a site: ending in 网, 网站, 门户, 之家, 在线, or equal
 * to the known site name), and without a last segment that is the page itself (equal or nearly
 * equal to the page title, or 正文/详情/内容). Stateless and thread-safe.
 */
public final class Breadcrumbs {
  private Breadcrumbs() {}

  private static final Pattern LABEL =
      Pattern.compile("^(?:[您你]?(?:当前|现在)?(?:所在)?的?(?:位置|栏目)|导航)\\s*[:：]\\s*");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:>>|»|›|>|＞|→|〉|≫|/)\\s*");
  private static final Pattern ARROWS = Pattern.compile("(>>|»|›|>|＞|→|〉|≫)");
  private static final Set<String> ROOTS =
      Set.of("首页", "主页", "网站首页", "返回首页", "home", "Home", "HOME", "首 页", "本站首页", "门户首页");
  private static final Pattern SITE_NAME = Pattern.compile(".{1,12}(网|网站|门户|之家|在线|频道|文库|范文站|资料站|站)$");
  private static final Set<String> PAGE_ITSELF = Set.of("正文", "详情", "内容", "内容页", "文章", "浏览文章", "详细内容", "正文内容");

  /**
   * The segments of a breadcrumb line, or null when the line is not one. A line is a breadcrumb
   * when it has at least two arrow separators (or a location label and one separator) and short
   * segments without sentence punctuation, and, without a label, its first segment is the site's
   * root (首页) or a site name (…网, …文库).
   */
  public static List<String> segments(String line) {
    if (line.length() > 160 || TextUtil.hasSentenceEnd(line) || !hasSeparator(line)) {
      return null;
    }
    String body = line;
    boolean labeled = false;
    var m = LABEL.matcher(line);
    if (m.find()) {
      body = line.substring(m.end());
      labeled = true;
    }
    long arrows = ARROWS.matcher(body).results().count();
    boolean slashOk = labeled; // "/" separates crumbs only after an explicit location label
    String[] parts = (slashOk ? SEPARATOR : ARROWS_SPLIT).split(body.trim());
    long seps = parts.length - 1;
    if (parts.length == 0) {
      return null; // separators only: "> > >"
    }
    if (!(arrows >= 2 || (labeled && seps >= 1) || (arrows >= 1 && parts.length == 2 && isRoot(parts[0])))) {
      return null;
    }
    // without a location label a path starts where navigation starts, at the site's root or its
    // name; a body line such as "申请 > 审核 > 办结" or "收入增长率 > 支出增长率 > 物价涨幅" does not
    if (!labeled && !startsNavigation(TextUtil.normalize(parts[0]))) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String t = TextUtil.normalize(p);
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() > 40 || TextUtil.proseMarks(t) > 1) {
        return null;
      }
      out.add(t);
    }
    return out.size() >= 2 || labeled ? out : null;
  }

  /** A cheap test before the regexes: some separator character at all. */
  private static boolean hasSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      switch (line.charAt(i)) {
        case '>', '»', '›', '＞', '→', '〉', '≫', '/' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  private static final Pattern ARROWS_SPLIT = Pattern.compile("\\s*(?:>>|»|›|>|＞|→|〉|≫)\\s*");

  /**
   * The category path of a breadcrumb.
   *
   * @param segments the breadcrumb segments, outermost first
   * @param siteName the site's name when known (og:site_name, title suffix), else null
   * @param pageTitle the page title, used to drop a last segment that is the page itself
   */
  public static List<String> category(List<String> segments, String siteName, String pageTitle) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      if (isRoot(s)) {
        continue;
      }
      if (out.isEmpty() && (s.equals(siteName) || (i == 0 && SITE_NAME.matcher(s).matches()))) {
        continue;
      }
      out.add(s);
    }
    if (!out.isEmpty()) {
      String last = out.get(out.size() - 1);
      if (PAGE_ITSELF.contains(last)
          || (pageTitle != null && (last.equals(pageTitle) || TextUtil.bigramDice(last, pageTitle) >= 0.8))) {
        out.remove(out.size() - 1);
      }
    }
    return out;
  }

  private static boolean startsNavigation(String first) {
    return isRoot(first) || SITE_NAME.matcher(first).matches();
  }

  private static boolean isRoot(String s) {
    return ROOTS.contains(TextUtil.normalize(s));
  }
}
