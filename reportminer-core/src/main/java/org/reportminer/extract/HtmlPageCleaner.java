package org.reportminer.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page (already decoded) into its title, metadata and clean body paragraphs, using
 * jsoup for parsing.
 *
 * <p>How boilerplate goes, in the spirit of density-based boilerplate removers:
 *
 * <ol>
 *   <li>The page is cut into text blocks: the text between block-level boundaries ({@code <p>},
 *       {@code <div>}, {@code <li>}, {@code <td>}, {@code <br>} …), each with its count of
 *       content characters and of characters inside links.
 *   <li>Each block gets a weight: its length when it looks like body text (few links), a penalty
 *       of its length when it is link-heavy, matches an explicit {@link BoilerplatePatterns}
 *       pattern or sits inside an element whose tag or class/id names navigation, footer, share
 *       bar, related list, comments, ads and the like ({@code nav}, {@code footer}, {@code
 *       breadcrumb}, {@code share}, {@code related}, {@code tuijian} …). Weights are summed up the
 *       tree; the element with the highest sum is the content root (the deepest one on ties).
 *   <li>Inside the content root, each block is kept unless it is link-heavy, furniture by
 *       pattern, or inside a furniture-named element below the root; then everything from the
 *       first trailer line (download box, 相关范文, 上一篇 …) in the last part of the body on is cut.
 * </ol>
 *
 * <p>Metadata: the title is the heading ({@code h1}/{@code h2}) that best matches the {@code
 * <title>} (whose site-name suffix is dropped), else that title; the publication date and the
 * source that gave it from {@link HtmlDates} (meta, time, JSON-LD, the information table, the date
 * line near the title, the URL); the category from the breadcrumb ({@link Breadcrumbs}); the URL
 * from the canonical link, else og:url.
 *
 * <p>Hostile input: jsoup limits the tree depth, every walk over the tree is iterative, and the
 * walks give up with a {@link CancellationException} when the thread is interrupted (the
 * per-document time limit). Thread-safe: each call parses with its own parser.
 */
public final class HtmlPageCleaner {

  private static final Set<String> BLOCK_TAGS =
      Set.of("address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
          "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
          "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
          "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "menu", "html", "br");
  /** Elements whose content is never text of the page. */
  private static final Set<String> JUNK =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "select", "textarea",
          "button", "input", "canvas", "map", "audio", "video", "head", "math", "title");
  private static final Set<String> NEGATIVE_TAGS = Set.of("nav", "footer", "aside", "header", "menu");
  /** Class and id words of page furniture (generic, not one site's names). */
  private static final Pattern NEGATIVE_NAME =
      Pattern.compile(
          "(?:^|[\\s_\\-])(?:nav|navi|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|footer|foot|copyright|"
              + "share|sharing|social|bdshare|jiathis|related|relate|relative|xiangguan|recommend|recommends|"
              + "tuijian|comment|comments|pinglun|ad|ads|advert|adverts|advertisement|adv|adbox|adwrap|adarea|adbanner|"
              + "adslot|adzone|adsense|ggbox|guanggao|gg|banner|"
              + "sidebar|side|aside|widget|widgets|pager|pagination|pages|download|xiazai|tags|tag|toolbar|"
              + "tools|login|search|sousuo|header|topbar|daohang|weizhi|position|location|hotlist|rank|"
              + "prenext|prev|next|shangxia|sxp|feedback|qrcode|erweima|more|readmore|similar|guess|hot|hots|"
              + "reply|replies|cmt|cmts|discuss)(?:[\\s_\\-\\d]|$)");
  private static final Pattern CRUMB_NAME =
      Pattern.compile("(?:^|[\\s_\\-])(?:breadcrumbs?|crumbs?|position|location|weizhi|dqwz|path|daohang)(?:[\\s_\\-\\d]|$)");
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s*(?:\\s[-–—|｜_»›·]\\s|_|\\||｜|——|--|::|\\s»|»\\s)\\s*");
  /** Ancestors that receive a block's weight (deep enough for real pages, bounded for hostile ones). */
  private static final int MAX_PROPAGATION = 48;

  private final int maxDepth;
  private final java.util.Set<CleaningRule> off;

  /** A cleaner with jsoup's tree depth limited to {@code maxDepth} (deeper nesting is flattened). */
  public HtmlPageCleaner(int maxDepth) {
    this(maxDepth, java.util.Set.of());
  }

  /** A cleaner with the cleaning rules in {@code off} switched off (to measure each rule). */
  public HtmlPageCleaner(int maxDepth, java.util.Set<CleaningRule> off) {
    if (maxDepth < 16) {
      throw new IllegalArgumentException("maxDepth must be at least 16, was " + maxDepth);
    }
    this.maxDepth = maxDepth;
    this.off = off;
  }

  /** A text block between block-level boundaries; the pattern tests run at most once, on demand. */
  static final class Block {
    private final String text;
    private final int chars;
    private final int linkChars;
    private final Element owner;
    private List<Element> furnitureAncestors;
    private Boolean boilerplate;
    private Boolean breadcrumb;

    private final java.util.Set<CleaningRule> off;

    Block(String text, int chars, int linkChars, Element owner, List<Element> furnitureAncestors,
        java.util.Set<CleaningRule> off) {
      this.off = off;
      this.text = text;
      this.chars = chars;
      this.linkChars = linkChars;
      this.owner = owner;
      this.furnitureAncestors = furnitureAncestors;
    }

    String text() {
      return text;
    }

    int chars() {
      return chars;
    }

    Element owner() {
      return owner;
    }

    List<Element> furnitureAncestors() {
      return furnitureAncestors;
    }

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    boolean boilerplate() {
      if (boilerplate == null) {
        boilerplate = BoilerplatePatterns.isBoilerplate(text, off);
      }
      return boilerplate;
    }

    boolean breadcrumb() {
      if (breadcrumb == null) {
        breadcrumb = Breadcrumbs.segments(text) != null;
      }
      return breadcrumb;
    }
  }

  /**
   * Cleans one page.
   *
   * @param html the decoded page
   * @param baseUri the URL or path the page came from (for resolving a relative canonical link)
   */
  public PageContent clean(String html, String baseUri) {
    Parser parser = Parser.htmlParser().setMaxDepth(maxDepth);
    Document doc = parser.parseInput(html, baseUri == null ? "" : baseUri);
    Element head = doc.head();
    String url = ownUrl(head);
    String declaredSite = meta(head, "meta[property=og:site_name]", "meta[name=application-name]");
    String siteName = declaredSite;
    String titleTag = firstNonBlank(TextUtil.normalize(titleElement(doc)), meta(head, "meta[property=og:title]"));

    if (!off.contains(CleaningRule.INFO_TABLE) && mayHaveInformationTable(html)) {
      markInformationTables(doc);
    }
    List<Block> blocks = blocks(doc, off);
    keepMisnamedArticle(blocks);

    SiteNames sites = off.contains(CleaningRule.TITLE_SITE_NAMES)
        ? SiteNames.none()
        : SiteNames.of(head, blocks.stream().map(Block::text).toList());
    String[] titleParts = splitTitle(titleTag, sites);
    if (siteName == null && titleParts.length > 1) {
      siteName = titleParts[titleParts.length - 1];
    }
    Element root = contentRoot(blocks, off);
    String title = new TitleChoice(doc, titleTag, titleParts, declaredSite, sites, blocks, root, off).choose();

    List<String> category = List.of();
    List<String> crumbs = breadcrumb(doc, blocks);
    if (crumbs != null) {
      category = Breadcrumbs.category(crumbs, siteName, title);
    }
    List<String> lines = blocks.stream().map(Block::text).toList();
    HtmlDates.Found date =
        HtmlDates.find(doc, lines, titleLine(blocks, title, root), lastLine(blocks, root), url != null ? url : baseUri);
    List<String> paragraphs = dropLeadingTitle(body(blocks, root, title, off), titleTag);
    return new PageContent(title, date == null ? null : date.iso(), category, url, paragraphs,
        date == null ? null : date.source());
  }

  // ---- text blocks ----

  private static List<Block> blocks(Document doc, java.util.Set<CleaningRule> off) {
    List<Block> out = new ArrayList<>();
    NodeTraversor.filter(new BlockCollector(out, off), doc);
    return out;
  }

  /** Collects text blocks in one iterative walk, keeping the stack of furniture ancestors. */
  private static final class BlockCollector implements NodeFilter {
    private final List<Block> out;
    private final StringBuilder text = new StringBuilder();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final Deque<Element> furniture = new ArrayDeque<>();
    private final Map<String, Boolean> furnitureNames = new java.util.HashMap<>();
    private int linkDepth;
    private int linkChars;
    private long visited;

    private final java.util.Set<CleaningRule> off;

    BlockCollector(List<Block> out, java.util.Set<CleaningRule> off) {
      this.out = out;
      this.off = off;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if ((++visited & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted");
      }
      if (node instanceof Element e && JUNK.contains(e.normalName())) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        text.append(s);
        if (linkDepth > 0) {
          linkChars += TextUtil.contentChars(s);
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (isLink(e)) {
          linkDepth++;
        }
        if (BLOCK_TAGS.contains(tag)) {
          flush();
          if (!tag.equals("br") && !tag.equals("hr")) {
            owners.push(e);
          }
        }
        if (e.hasAttr(INFO_TABLE_MARK) || (!off.contains(CleaningRule.FURNITURE_NAMES) && isFurniture(e, furnitureNames))) {
          furniture.push(e);
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (isLink(e)) {
          linkDepth--;
        }
        if (BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
          flush();
          if (!owners.isEmpty() && owners.peek() == e) {
            owners.pop();
          }
        }
        if (!furniture.isEmpty() && furniture.peek() == e) {
          furniture.pop();
        }
      }
      return FilterResult.CONTINUE;
    }

    /** A link: an {@code <a>}, except a named anchor without href or onclick: a bookmark (Word writes {@code <a name="OLE_LINK3">}). */
    private static boolean isLink(Element e) {
      return e.normalName().equals("a") && (e.hasAttr("href") || e.hasAttr("onclick") || !e.hasAttr("name"));
    }

    private void flush() {
      if (text.length() == 0) {
        return;
      }
      String t = TextUtil.normalize(text.toString());
      text.setLength(0);
      int lc = linkChars;
      linkChars = 0;
      if (t.isEmpty() || owners.isEmpty()) {
        return;
      }
      Element owner = owners.peek();
      out.add(new Block(t, TextUtil.contentChars(t), lc, owner, List.copyOf(furniture), off));
    }
  }

  /** Whether the element's tag or class/id names page furniture; {@code cache} memoizes by names. */
  private static boolean isFurniture(Element e, Map<String, Boolean> cache) {
    if (NEGATIVE_TAGS.contains(e.normalName())) {
      return true;
    }
    String cls = e.attr("class");
    String id = e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) {
      return false;
    }
    return cache.computeIfAbsent(cls + "#" + id, k -> NEGATIVE_NAME.matcher(names(e)).find());
  }

  private static String names(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    // Long attribute values are hostile or generated; the first few hundred characters suffice.
    String s = (cls + " " + id);
    if (s.length() > 300) {
      s = s.substring(0, 300);
    }
    // camelCase words become separate words: "relatedList" -> "related list"
    return s.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  // ---- content root and body ----

  /**
   * Broken or careless markup can put a whole article inside an element whose class names page
   * furniture (an unclosed {@code <div class="post_header">} around the article, a {@code
   * "share"} wrapper around the page). An element holding more than half of the page's prose is
   * not furniture, whatever its name.
   */
  private static void keepMisnamedArticle(List<Block> blocks) {
    Map<Element, Integer> proseUnder = new IdentityHashMap<>();
    int total = 0;
    for (Block b : blocks) {
      if (b.chars() < 10 || TextUtil.proseMarks(b.text()) == 0 || b.linkDensity() > 0.5) {
        continue;
      }
      total += b.chars();
      for (Element f : b.furnitureAncestors()) {
        proseUnder.merge(f, b.chars(), Integer::sum);
      }
    }
    java.util.Set<Element> misnamed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<Element, Integer> e : proseUnder.entrySet()) {
      if (e.getValue() * 2 > total && !e.getKey().hasAttr(INFO_TABLE_MARK) && !NEGATIVE_TAGS.contains(e.getKey().normalName())) {
        misnamed.add(e.getKey());
      }
    }
    if (misnamed.isEmpty()) {
      return;
    }
    for (Block b : blocks) {
      if (b.furnitureAncestors().stream().anyMatch(misnamed::contains)) {
        b.furnitureAncestors = b.furnitureAncestors().stream().filter(f -> !misnamed.contains(f)).toList();
      }
    }
  }

  private static double weight(Block b, java.util.Set<CleaningRule> off) {
    if (b.chars() == 0) {
      return 0;
    }
    boolean bad = !b.furnitureAncestors().isEmpty() || linkHeavy(b, off) || b.boilerplate() || b.breadcrumb();
    if (bad) {
      return -b.chars();
    }
    boolean prose = b.chars() >= 10 || TextUtil.proseMarks(b.text()) > 0;
    return prose ? b.chars() * (1 - b.linkDensity()) : b.chars() * 0.3;
  }

  private static boolean linkHeavy(Block b, java.util.Set<CleaningRule> off) {
    return !off.contains(CleaningRule.LINK_DENSITY) && b.linkDensity() > 0.5;
  }

  /**
   * The content root: the element with the largest weight sum ({@link #weightSumRoot}); but when
   * that element holds less than half the prose of the paragraph container that holds the most
   * ({@link #proseContainer}) and does not contain it (it lies elsewhere, or is one of its
   * paragraphs), the paragraph container. A long list
   * of headline links inside the article's own container (聚焦新闻 under the last paragraph) can sink
   * the article's sum below a pop-up's (a cookie notice, a language prompt); the paragraphs' parent
   * still holds the article's prose.
   */
  private static Element contentRoot(List<Block> blocks, java.util.Set<CleaningRule> off) {
    Element root = weightSumRoot(blocks, off);
    if (root == null || off.contains(CleaningRule.PROSE_CONTAINER)) {
      return root;
    }
    Element container = proseContainer(blocks, off);
    if (container == null || within(container, root)) {
      return root;
    }
    return prose(blocks, off, root) * 2 < prose(blocks, off, container) ? container : root;
  }

  /** Characters of clean prose blocks (not furniture, not link-heavy, not patterned) under {@code e}. */
  private static int prose(List<Block> blocks, java.util.Set<CleaningRule> off, Element e) {
    int n = 0;
    for (Block b : blocks) {
      if (cleanProse(b, off) && within(b.owner(), e)) {
        n += b.chars();
      }
    }
    return n;
  }

  private static boolean cleanProse(Block b, java.util.Set<CleaningRule> off) {
    return b.chars() >= 10 && TextUtil.proseMarks(b.text()) > 0 && b.furnitureAncestors().isEmpty()
        && !linkHeavy(b, off) && !b.boilerplate() && !b.breadcrumb();
  }

  /**
   * The element whose own paragraphs (clean prose blocks it owns, or owned by its children) hold the
   * most characters, or null.
   */
  private static Element proseContainer(List<Block> blocks, java.util.Set<CleaningRule> off) {
    Map<Element, Integer> direct = new IdentityHashMap<>();
    for (Block b : blocks) {
      if (!cleanProse(b, off)) {
        continue;
      }
      Element owner = b.owner();
      Element parent = owner.parent();
      Element container = owner.normalName().equals("p") || owner.normalName().equals("li") || parent == null ? parent : owner;
      if (container != null) {
        direct.merge(container, b.chars(), Integer::sum);
      }
    }
    Element best = null;
    int most = 0;
    for (Map.Entry<Element, Integer> en : direct.entrySet()) {
      if (en.getValue() > most) {
        best = en.getKey();
        most = en.getValue();
      }
    }
    return best;
  }

  private static Element weightSumRoot(List<Block> blocks, java.util.Set<CleaningRule> off) {
    Map<Element, Double> score = new IdentityHashMap<>();
    Map<Element, Integer> depthOf = new IdentityHashMap<>();
    int n = 0;
    for (Block b : blocks) {
      if ((++n & 0x3FF) == 0 && Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted");
      }
      double w = weight(b, off);
      if (w == 0) {
        continue;
      }
      Element e = b.owner();
      for (int up = 0; e != null && up < MAX_PROPAGATION; up++, e = e.parent()) {
        score.merge(e, w, Double::sum);
      }
    }
    Element best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> en : score.entrySet()) {
      double s = en.getValue();
      Element e = en.getKey();
      if (s > bestScore + 1e-9
          || (Math.abs(s - bestScore) <= 1e-9 && depth(e, depthOf) > depth(best, depthOf))) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  private static int depth(Element e, Map<Element, Integer> cache) {
    if (e == null) {
      return -1;
    }
    return cache.computeIfAbsent(e, x -> x.parents().size());
  }

  /**
   * The index of the title's block: the first block equal to the title, else the first containing
   * it, else the first block of the content root; -1 when there is none.
   */
  private static int titleLine(List<Block> blocks, String title, Element root) {
    if (title != null) {
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i).text().equals(title)) {
          return i;
        }
      }
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i).text().contains(title) && blocks.get(i).text().length() <= 2 * title.length() + 20) {
          return i;
        }
      }
    }
    if (root != null) {
      for (int i = 0; i < blocks.size(); i++) {
        if (within(blocks.get(i).owner(), root)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static List<String> body(List<Block> blocks, Element root, String title, java.util.Set<CleaningRule> off) {
    if (root == null) {
      return List.of();
    }
    TrailerCut kept = new TrailerCut(off);
    boolean prose = false;
    for (Block b : blocks) {
      if (!within(b.owner(), root)) {
        continue;
      }
      if (!prose && b.chars() > 0 && !off.contains(CleaningRule.HEAD_DATELINE) && headDateline(b.text())) {
        continue; // a date or source line above the article is page metadata
      }
      prose |= b.chars() > 0 && !TextUtil.titleLike(b.text());
      boolean furnitureBelowRoot = false;
      for (Element f : b.furnitureAncestors()) {
        if (f != root && within(f, root)) {
          furnitureBelowRoot = true;
          break;
        }
      }
      if (furnitureBelowRoot || b.chars() == 0 || linkHeavy(b, off) || b.breadcrumb()) {
        continue;
      }
      if (BoilerplatePatterns.isTrailerStart(b.text(), off)) {
        kept.trailer(b.text());
      } else if (!b.boilerplate() || numberCell(b)) {
        kept.body(b.text());
      }
    }
    return dropLeadingTitle(kept.result(), title);
  }

  /**
   * A table cell holding a bare number in a row that also holds words: a row number of a data
   * table in the article, not a page number (a calendar's rows hold numbers only).
   */
  private static boolean numberCell(Block b) {
    if (b.text().length() > 4 || !b.text().chars().allMatch(Character::isDigit)) {
      return false;
    }
    Element row = b.owner().closest("tr");
    if (row == null) {
      return false;
    }
    int cjk = 0;
    String text = row.text();
    for (int i = 0; i < text.length() && cjk < 2; i++) {
      cjk += TextUtil.isCjk(text.charAt(i)) ? 1 : 0;
    }
    return cjk >= 2;
  }

  /** Words of a source or byline after a date above an article ("来源：人民网", "记者 …"). */
  private static final Pattern SOURCE_WORDS = Pattern.compile("来源|作者|记者|编辑|责编|通讯员|出处|发布|阅读|浏览|点击");

  /** The index of the content root's last block (the article's end), or -1. */
  private static int lastLine(List<Block> blocks, Element root) {
    if (root == null) {
      return -1;
    }
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (within(blocks.get(i).owner(), root)) {
        return i;
      }
    }
    return -1;
  }

  /** A date line above the article: a dateline, or a short line with a date and source words. */
  private static boolean headDateline(String line) {
    if (PublishedDates.dateline(line) != null) {
      return true;
    }
    return line.length() <= 100 && PublishedDates.nearTitle(line) != null && SOURCE_WORDS.matcher(line).find();
  }

  /** A cheap test on the markup: two attribute keys somewhere, or no information table can exist. */
  private static boolean mayHaveInformationTable(String html) {
    int keys = 0;
    for (String k : BoilerplatePatterns.attributeKeys()) {
      if (html.contains(k) && ++keys >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Marks the information tables of government pages: containers with two or more attribute keys. */
  private static void markInformationTables(Document doc) {
    for (Element cell : doc.select("td, th, li, dt, span, p, div, b, strong, label, em")) {
      String own = TextUtil.normalize(cell.ownText()).replace(" ", "");
      if (own.isEmpty() || own.length() > 12) {
        continue;
      }
      String key = own.replaceAll("^【|[】:：]+$", "").replaceAll("[】:：]+$", "");
      int colon = own.indexOf('：') >= 0 ? own.indexOf('：') : own.indexOf(':');
      if (colon > 0) {
        key = own.substring(0, colon).replace("【", "").replace("】", "");
      }
      if (!BoilerplatePatterns.isAttributeKey(key)) {
        continue;
      }
      // the smallest element holding two keys, or the table/list around the cell: climbing further
      // would take in the article next to the table (a short article that is itself a table)
      Element container = cell;
      for (int up = 0; up < 4 && container.parent() != null; up++) {
        container = container.parent();
        String tag = container.normalName();
        if (tag.equals("table") || tag.equals("ul") || tag.equals("dl") || countKeys(container) >= 2) {
          break;
        }
      }
      if (container.hasAttr(INFO_TABLE_MARK) || countKeys(container) < 2) {
        continue;
      }
      if (TextUtil.contentChars(container.text()) > 600) {
        continue; // not a table of attributes: the article or a page section around it
      }
      container.attr(INFO_TABLE_MARK, "");
    }
  }

  private static int countKeys(Element container) {
    int n = 0;
    String text = TextUtil.normalize(container.text()).replace(" ", "");
    for (String k : BoilerplatePatterns.attributeKeys()) {
      if (text.contains(k)) {
        n++;
      }
    }
    return n;
  }

  /** The attribute marking an information table (set on the parsed tree only). */
  private static final String INFO_TABLE_MARK = "data-reportminer-info-table";

  /** Removes the title line (and a repeat of it) from the head of the body, before any prose. */
  static List<String> dropLeadingTitle(List<String> paragraphs, String title) {
    if (title == null) {
      return paragraphs;
    }
    List<String> out = new ArrayList<>(paragraphs.size());
    boolean head = true;
    for (String p : paragraphs) {
      if (head && p.equals(title)) {
        continue;
      }
      if (!TextUtil.titleLike(p)) {
        head = false;
      }
      out.add(p);
    }
    return out;
  }

  static boolean within(Element e, Element root) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == root) {
        return true;
      }
    }
    return false;
  }

  // ---- metadata ----

  private static String ownUrl(Element head) {
    for (String q : new String[] {"link[rel=canonical]", "meta[property=og:url]"}) {
      Element e = head.selectFirst(q);
      if (e != null) {
        String v = e.hasAttr("href") ? e.absUrl("href") : e.attr("content").trim();
        if (v.startsWith("http://") || v.startsWith("https://")) {
          return v;
        }
      }
    }
    return null;
  }

  private static String meta(Element head, String... queries) {
    for (String q : queries) {
      Element e = head.selectFirst(q);
      if (e != null) {
        String v = TextUtil.normalize(e.attr("content"));
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  /** The page's {@code <title>}: in the head, else anywhere (pages that put it in the body). */
  private static String titleElement(Document doc) {
    String t = doc.title();
    if (!t.isBlank()) {
      return t;
    }
    Element e = doc.selectFirst("title");
    return e == null ? "" : e.text();
  }

  /** A page marker left in a title: "(页 1)", "（第2页）", "第3页". */
  private static final Pattern PAGE_MARKER = Pattern.compile("\\s*[（(]?\\s*(?:第\\s*\\d+\\s*页|页\\s*\\d+)\\s*[)）]?$");
  /** A bare hyphen before a trailing site name ("…座谈会-中国科普网"); hyphens inside titles stay. */
  private static final Pattern SITE_TAIL = Pattern.compile("^(.{4,}?)\\s*[-–—]\\s*(.{2,20}(?:网|网站|门户|在线|频道|新闻|日报|晚报|论坛|博客|中心|政府|官网))$");

  static String[] splitTitle(String titleTag) {
    return splitTitle(titleTag, SiteNames.none());
  }

  /**
   * The parts of a {@code <title>} between its separators, page markers removed; a tail after a
   * bare hyphen is a part of its own when it reads as a site name ({@link #SITE_TAIL}) or is one of
   * {@code sites}' names ("…儒学教育-国学院" on a page whose copyright line names 武汉大学国学院).
   */
  static String[] splitTitle(String titleTag, SiteNames sites) {
    if (titleTag == null || titleTag.isEmpty()) {
      return new String[0];
    }
    List<String> parts = new ArrayList<>();
    for (String p : TITLE_SEPARATOR.split(titleTag)) {
      String t = TextUtil.normalize(PAGE_MARKER.matcher(TextUtil.normalize(p)).replaceAll(""));
      java.util.regex.Matcher tail = SITE_TAIL.matcher(t);
      java.util.regex.Matcher named = HYPHEN_TAIL.matcher(t);
      if (tail.matches()) {
        parts.add(TextUtil.normalize(tail.group(1)));
        parts.add(TextUtil.normalize(tail.group(2)));
      } else if (named.matches() && sites.names(named.group(2))) {
        parts.add(TextUtil.normalize(named.group(1)));
        parts.add(TextUtil.normalize(named.group(2)));
      } else if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return parts.toArray(new String[0]);
  }

  /** Any tail after a last bare hyphen: a site name only when the page names its site so. */
  private static final Pattern HYPHEN_TAIL = Pattern.compile("^(.{4,})\\s*[-–—]\\s*([^-–—]{2,20})$");

  static String squeeze(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (b != null) {
        b.append(s.charAt(i));
      }
    }
    return b == null ? s : b.toString();
  }

  static boolean inFurniture(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (isFurniture(x, new java.util.HashMap<>())) {
        return true;
      }
    }
    return false;
  }

  /** Header words: the page's masthead, or an article's own header holding its headline. */
  private static final Pattern HEADER_WORD = Pattern.compile("(?:^|[\\s_\\-])(?:header|head)(?=[\\s_\\-\\d]|$)");

  /**
   * Whether a heading sits in page furniture, for the title: as {@link #inFurniture}, except that an
   * element enclosing the content root is not furniture whatever its names (WordPress writes
   * {@code tag-…} classes on the {@code <article>}), and header names do not count (an article's
   * header holds its headline; a masthead's site name is refused as a title by other rules).
   */
  static boolean headingInFurniture(Element h, Element root) {
    Map<String, Boolean> cache = new java.util.HashMap<>();
    for (Element x = h; x != null; x = x.parent()) {
      if (root != null && within(root, x)) {
        return false;
      }
      String tag = x.normalName();
      if (tag.equals("header")) {
        continue;
      }
      if (NEGATIVE_TAGS.contains(tag)) {
        return true;
      }
      String n = names(x);
      if (!n.isEmpty() && NEGATIVE_NAME.matcher(HEADER_WORD.matcher(n).replaceAll(" ")).find()) {
        return true;
      }
    }
    return false;
  }

  /** Breadcrumb segments: a crumb-named element's links, else the first breadcrumb-shaped line. */
  private static List<String> breadcrumb(Document doc, List<Block> blocks) {
    for (Block b : blocks) {
      if (b.breadcrumb()) {
        return Breadcrumbs.segments(b.text());
      }
    }
    for (Element e : doc.select("[class], [id]")) {
      String names = names(e);
      if (names.isEmpty() || !CRUMB_NAME.matcher(names).find()) {
        continue;
      }
      List<String> segs = new ArrayList<>();
      for (Element a : e.select("a")) {
        String t = TextUtil.normalize(a.text());
        if (!t.isEmpty() && t.length() <= 40) {
          segs.add(t);
        }
      }
      if (segs.size() >= 2) {
        return segs;
      }
    }
    return null;
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
