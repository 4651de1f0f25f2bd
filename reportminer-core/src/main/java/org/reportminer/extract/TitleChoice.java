package org.reportminer.extract;

import static org.reportminer.extract.HtmlPageCleaner.squeeze;
import static org.reportminer.extract.HtmlPageCleaner.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.reportminer.extract.HtmlPageCleaner.Block;

/**
 * The article's title of one HTML page. In order: the heading ({@code h1}–{@code h3}, and elements
 * whose class or id names a title when they are a candidate or its head) that best matches a part
 * of the {@code <title>} or the declared article title ({@code og:title}, {@code ArticleTitle})
 * (character bigrams, Dice ≥ 0.5; of equal matches the one closest to the content root), written
 * as the {@code <title>} writes it when the two differ only in spaces, and with the subtitle line the page shows under it when the {@code
 * <title>} has it too ("主标题——副标题"); else a visible line of the page (not in page furniture) that
 * is a part of the {@code <title>}; else, when the {@code <title>} names only the site and its
 * column, the title-like line that opens the article; else the part of the {@code <title>} that
 * carries the most words (site and column names are short, and Latin site names weigh less than
 * Chinese titles).
 *
 * <p>Parts naming the site are never titles: a declared site name, a name shaped like one (…网,
 * …门户网站, "(新闻)"), a name the page gives its site ({@link SiteNames}), and every part of a
 * breadcrumb-shaped {@code <title>} ("某某网>艺术教育"). One instance per page; not thread-safe.
 */
final class TitleChoice {
  /** Site names ("北医新闻网", "中国科普网"): never an article's title. */
  private static final Pattern SITE_LIKE = Pattern.compile(".{1,10}(网|网站|门户网站|门户|在线|频道)|[(（][^)）]{1,8}[)）]");
  /** A subtitle after the main title in a {@code <title>}: "——热烈祝贺…" up to the next separator. */
  private static final Pattern SUBTITLE = Pattern.compile("(\\s*(?:——|—|─)\\s*[^_|｜]{2,60}?)(?=\\s*(?:_|\\||｜|\\s[-–]\\s|$))");
  /** A breadcrumb's arrow inside a {@code <title>}. */
  private static final Pattern ARROW = Pattern.compile("\\s*(?:>>|>|＞|»|›|→)\\s*");
  /** Markup some CMSs leave in a declared title ("标题<div>——副标题</div>"). */
  private static final Pattern TAG = Pattern.compile("<[^>]{0,40}>");

  private final Document doc;
  private final String titleTag;
  private final String[] titleParts;
  private final String siteName;
  private final SiteNames sites;
  private final List<Block> blocks;
  private final Element root;
  private final Set<CleaningRule> off;

  /**
   * @param titleTag the page's {@code <title>} (or og:title when it has none), or null
   * @param titleParts its parts ({@link HtmlPageCleaner#splitTitle(String, SiteNames)})
   * @param siteName the declared site name (og:site_name, application-name), or null
   * @param root the content root, or null
   */
  TitleChoice(Document doc, String titleTag, String[] titleParts, String siteName, SiteNames sites, List<Block> blocks,
      Element root, Set<CleaningRule> off) {
    this.doc = doc;
    this.titleTag = titleTag;
    this.titleParts = titleParts;
    this.siteName = siteName;
    this.sites = sites;
    this.blocks = blocks;
    this.root = root;
    this.off = off;
  }

  /** The title, or null when the page offers none. */
  String choose() {
    return withSubtitle(headingOrTitlePart());
  }

  /**
   * {@code title} with its subtitle when the {@code <title>} writes "title——subtitle" and the page
   * shows "——subtitle" as a line of its own (a headline set on two lines).
   */
  private String withSubtitle(String title) {
    int at = title == null || titleTag == null ? -1 : titleTag.indexOf(title);
    if (at < 0) {
      return title;
    }
    java.util.regex.Matcher sub = SUBTITLE.matcher(titleTag.substring(at + title.length()));
    return sub.lookingAt() && hasSubtitleLine(sub.group(1)) ? title + TextUtil.normalize(sub.group(1)) : title;
  }

  private boolean namesSite(String part) {
    return part.equals(siteName) || SITE_LIKE.matcher(part).matches() || sites.names(part);
  }

  /** The {@code <title>} parts that may be the article's title. */
  private List<String> articleParts() {
    List<String> parts = new ArrayList<>();
    if (!off.contains(CleaningRule.TITLE_BREADCRUMB) && breadcrumbShaped()) {
      return parts;
    }
    for (String p : titleParts) {
      if (!namesSite(p)) {
        parts.add(p);
      }
    }
    return parts;
  }

  /**
   * Whether the {@code <title>} is a breadcrumb: short segments between arrows, the first naming
   * the site or its home page.
   */
  private boolean breadcrumbShaped() {
    if (titleTag == null) {
      return false;
    }
    String[] segs = ARROW.split(titleTag.strip());
    if (segs.length < 2) {
      return false;
    }
    for (String s : segs) {
      if (s.isBlank() || s.length() > 20 || TextUtil.proseMarks(s) > 0) {
        return false;
      }
    }
    String first = TextUtil.normalize(segs[0]);
    return namesSite(first) || first.equals("首页") || first.equals("主页");
  }

  /** The declared article title's parts ({@code og:title}, {@code ArticleTitle}) not naming the site. */
  private List<String> declaredParts() {
    List<String> parts = new ArrayList<>();
    if (off.contains(CleaningRule.TITLE_META)) {
      return parts;
    }
    for (String q : new String[] {"meta[property=og:title]", "meta[name=ArticleTitle]"}) {
      Element e = doc.head().selectFirst(q);
      if (e == null) {
        continue;
      }
      String v = TextUtil.normalize(TAG.matcher(e.attr("content")).replaceAll(""));
      for (String p : HtmlPageCleaner.splitTitle(v, sites)) {
        if (!namesSite(p) && TextUtil.contentChars(p) >= 2 && !parts.contains(p)) {
          parts.add(p);
        }
      }
    }
    return parts;
  }

  /**
   * How close {@code h} sits to the article: the depth of its lowest common ancestor with the
   * content root (of two headings that match the {@code <title>} equally, the article's own beats
   * the masthead's), or 0 when the rule is off or there is no root.
   */
  private int closeness(Element h) {
    if (root == null || off.contains(CleaningRule.TITLE_HEADING_FURNITURE)) {
      return 0;
    }
    for (Element x = h; x != null; x = x.parent()) {
      if (within(root, x)) {
        return x.parents().size();
      }
    }
    return 0;
  }

  /**
   * Whether {@code t} is a candidate or its head: an element named as a title counts only so, not
   * when it is a title with a date line appended.
   */
  private static boolean headOfCandidate(String t, List<String> candidates) {
    String st = squeeze(t);
    for (String c : candidates) {
      if (squeeze(c).startsWith(st)) {
        return true;
      }
    }
    return false;
  }

  /** Elements named as titles ("article-title", "titlestyle…"), not themselves headings. */
  private List<Element> titleNamed() {
    List<Element> out = new ArrayList<>();
    if (off.contains(CleaningRule.TITLE_CLASS_HEADINGS)) {
      return out;
    }
    for (Element h : doc.body().getAllElements()) {
      String tag = h.normalName();
      if (tag.equals("a") || tag.equals("img") || tag.equals("h1") || tag.equals("h2") || tag.equals("h3")) {
        continue; // a link or image named "title" is a list item, not the page's heading
      }
      String cls = h.className();
      String id = h.id();
      // a cheap test before the pattern: most elements name no title at all
      if ((hasTitleWord(cls) && TITLE_NAME.matcher(cls).find()) || (hasTitleWord(id) && TITLE_NAME.matcher(id).find())) {
        out.add(h);
      }
    }
    return out;
  }

  /** A class or id word ending in "title": "title", "article-title", "wenzhang-title", "newsTitle". */
  private static final Pattern TITLE_NAME = Pattern.compile("(?i)(^|[\\s_-])[a-z]*title");

  private static boolean hasTitleWord(String name) {
    return name.length() >= 5 && (name.contains("itle") || name.contains("ITLE"));
  }

  private boolean inFurniture(Element h) {
    return off.contains(CleaningRule.TITLE_HEADING_FURNITURE)
        ? HtmlPageCleaner.inFurniture(h)
        : HtmlPageCleaner.headingInFurniture(h, root);
  }

  private String headingOrTitlePart() {
    String best = null;
    String bestPart = null;
    double bestSim = 0;
    List<String> parts = articleParts();
    List<String> candidates = new ArrayList<>(parts);
    List<String> declared = declaredParts();
    for (String d : declared) {
      if (!candidates.contains(d)) {
        candidates.add(d);
      }
    }
    List<Element> headings = new ArrayList<>(doc.body().select("h1, h2, h3"));
    int named = headings.size();
    headings.addAll(titleNamed());
    int bestCloseness = -1;
    for (int i = 0; i < headings.size(); i++) {
      Element h = headings.get(i);
      String t = TextUtil.normalize(h.text());
      if (t.isEmpty() || t.length() > 80 || t.equals(siteName) || (i >= named && !headOfCandidate(t, candidates))) {
        continue;
      }
      if (titleParts.length > 0 && inFurniture(h)) {
        continue; // a comment list's or a sidebar's heading
      }
      if (titleParts.length == 0) {
        if (h.normalName().equals("h1") && !inFurniture(h)) {
          return t;
        }
        continue;
      }
      for (String part : candidates) {
        if (i >= named && !squeeze(part).startsWith(squeeze(t))) {
          continue;
        }
        double sim = squeeze(t).equals(squeeze(part)) ? 1.0 : TextUtil.bigramDice(t, part);
        int closeness = sim + 1e-9 >= bestSim ? closeness(h) : -1;
        if (sim > bestSim + 1e-9 || (sim + 1e-9 >= bestSim && closeness > bestCloseness)) {
          best = t;
          bestPart = part;
          bestSim = sim;
          bestCloseness = closeness;
        }
      }
    }
    if (best != null && bestSim >= 0.5) {
      if (bestPart.startsWith(best) && hasSubtitleLine(bestPart.substring(best.length()))) {
        return bestPart;
      }
      return squeeze(best).equals(squeeze(bestPart)) ? bestPart : best;
    }
    if (parts.isEmpty() && !declared.isEmpty()) {
      parts = declared; // the <title> names only the site: the declared article title
    }
    if (parts.isEmpty()) {
      return openingLine();
    }
    List<String> visible = new ArrayList<>();
    for (String part : parts) {
      for (Block b : blocks) {
        if (b.text().length() >= part.length() - 8 && b.text().length() <= part.length() + 8
            && b.furnitureAncestors().isEmpty() && b.linkDensity() <= 0.5 && squeeze(b.text()).equals(squeeze(part))
            && TextUtil.contentChars(part) >= 4) {
          visible.add(part);
          break;
        }
      }
    }
    return weightiest(visible.isEmpty() ? parts : visible);
  }

  /** The {@code <title>} names only the site (and a column): the title-like line opening the article. */
  private String openingLine() {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (root != null && within(b.owner(), root) && b.linkDensity() <= 0.5 && !b.boilerplate() && !b.breadcrumb()
          && b.chars() > 0) {
        if (!off.contains(CleaningRule.TITLE_ABOVE_SECTION) && SECTION_NUMBER.matcher(b.text()).lookingAt()) {
          String above = lineAbove(i);
          if (above != null) {
            return above;
          }
        } else if (TextUtil.titleLike(b.text())) {
          return b.text();
        }
        break;
      }
    }
    for (Block b : blocks) {
      if (b.furnitureAncestors().isEmpty() && b.linkDensity() <= 0.5 && TextUtil.titleLike(b.text())
          && !b.boilerplate() && !b.breadcrumb()) {
        return b.text();
      }
    }
    return titleParts.length > 0 ? titleParts[0] : null;
  }

  /** A section number opening a line: 一、 第二章 （三） 1、 2. */
  private static final Pattern SECTION_NUMBER =
      Pattern.compile("\\s*(?:第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十]+\\s*[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}\\s*[、.．](?!\\d))");

  /** The title-like line just above block {@code i} (the nearest of the three before it that is not furniture), or null. */
  private String lineAbove(int i) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      Block b = blocks.get(j);
      if (b.chars() == 0 || b.boilerplate()) {
        continue;
      }
      boolean furniture = !b.furnitureAncestors().isEmpty() || b.linkDensity() > 0.5 || b.breadcrumb();
      return !furniture && TextUtil.titleLike(b.text()) ? b.text() : null;
    }
    return null;
  }

  /** The part that carries the most words: CJK characters weigh 2, Latin letters and digits 0.5. */
  private static String weightiest(List<String> parts) {
    String weightiest = null;
    double weight = -1;
    for (String part : parts) {
      double w = 0;
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        w += TextUtil.isCjk(c) ? 2 : Character.isLetterOrDigit(c) ? 0.5 : 0;
      }
      if (w > weight) {
        weightiest = part;
        weight = w;
      }
    }
    return weightiest;
  }

  /** Whether the page shows {@code rest} ("——副标题") as a line of its own. */
  private boolean hasSubtitleLine(String rest) {
    String r = rest.strip();
    if (r.length() < 3 || !(r.startsWith("—") || r.startsWith("─") || r.startsWith("--") || r.startsWith("："))) {
      return false;
    }
    for (Block b : blocks) {
      if (squeeze(b.text()).equals(squeeze(r))) {
        return true;
      }
    }
    return false;
  }
}
