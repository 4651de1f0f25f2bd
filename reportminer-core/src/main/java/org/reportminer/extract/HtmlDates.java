package org.reportminer.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the publication date of an HTML article, and which evidence gave it, trying sources in
 * order of trust:
 *
 * <ol>
 *   <li>{@code meta}: publication meta tags (article:published_time, PubDate, publishdate,
 *       og:release_date …, any name/property/itemprop naming a publication or release time, never
 *       a modification time);
 *   <li>{@code time}: a {@code <time datetime>} element (the first in the page);
 *   <li>{@code json-ld}: {@code datePublished} in JSON-LD, else a script variable naming the
 *       publication time ({@code publish_time = "2018-01-03"});
 *   <li>{@code table}: the information table of government pages read as a table: the cell after a
 *       发布日期/发布时间 cell (成文日期, the date of writing, is not a publication date);
 *   <li>{@code line}: the visible date line near the title (a few lines above it down to the first
 *       paragraphs): labeled (发布时间/发布日期 before 更新时间 before a bare 时间/日期), else
 *       a bare date line with or without time of day and source words;
 *   <li>{@code url}: a date in the URL's path (/20190813/, t20190813_).
 * </ol>
 *
 * <p>Dates anywhere else on the page (related lists, comments, sign-offs, other tables) are not
 * looked at. Stateless and thread-safe.
 */
final class HtmlDates {
  private HtmlDates() {}

  /** A date and the source that gave it. */
  record Found(String iso, String source) {}

  private static final String[] META = {
    "meta[property=article:published_time]", "meta[name=PubDate]", "meta[name=pubdate]",
    "meta[name=publishdate]", "meta[name=publish_date]", "meta[name=dc.date.issued]",
    "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=DC.Date]", "meta[name=date]",
    "meta[itemprop=datePublished]", "meta[property=og:release_date]"
  };
  /** Other meta names that name a publication (or release, issue, creation) time. */
  private static final Pattern META_NAME =
      Pattern.compile("(?i)(publish|pub_?date|pub_?time|release|issued|datepublished|firstpub|og:time|create)");
  private static final Pattern NOT_PUBLICATION = Pattern.compile("(?i)(modif|update|expir|edit|revis)");
  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"(?:datePublished|pubDate|publishDate|dateCreated)\"\\s*:\\s*\"([^\"]{6,40})\"");
  private static final Pattern SCRIPT_DATE = Pattern.compile(
      "(?i)\\b(?:publish_?time|pub_?time|publish_?date|pub_?date|datePublished|first_?publish_?time)\\b[\"']?\\s*[=:]\\s*[\"']([^\"']{6,40})[\"']");
  /** Lines above the title that may hold its date line (sites put it on either side). */
  static final int LINES_ABOVE = 6;
  /** Prose paragraphs after the title the search may pass before it gives up. */
  static final int PROSE_AFTER = 2;
  /** Lines after the title looked at, at most. */
  static final int LINES_AFTER = 20;

  /**
   * The publication date of the page.
   *
   * @param doc the parsed page
   * @param lines the page's text blocks in order
   * @param titleLine the index of the title's block in {@code lines}, or -1 when unknown
   * @param url the page's URL (canonical, og:url or where it was fetched), or null
   */
  static Found find(Document doc, List<String> lines, int titleLine, String url) {
    return find(doc, lines, titleLine, -1, url);
  }

  /**
   * The publication date of the page, also looking at the posting line just after the article
   * ({@code bodyEnd}: the index of the article's last line, or -1) when no line near the title has
   * a date: blog engines and question-and-answer sites put "posted @ 2024-05-09 14:45", "发表于
   * …" or "编辑于 …" under the text.
   */
  static Found find(Document doc, List<String> lines, int titleLine, int bodyEnd, String url) {
    String iso = fromMeta(doc.head());
    if (iso != null) {
      return new Found(iso, "meta");
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null && (iso = PublishedDates.parseValue(time.attr("datetime"))) != null) {
      return new Found(iso, "time");
    }
    iso = fromScripts(doc);
    if (iso != null) {
      return new Found(iso, "json-ld");
    }
    iso = fromTable(doc);
    if (iso != null) {
      return new Found(iso, "table");
    }
    iso = nearTitle(lines, titleLine);
    if (iso == null) {
      iso = afterBody(lines, bodyEnd);
    }
    if (iso != null) {
      return new Found(iso, "line");
    }
    iso = PublishedDates.fromUrl(url);
    return iso == null ? null : new Found(iso, "url");
  }

  private static String fromMeta(Element head) {
    for (String q : META) {
      Element e = head.selectFirst(q);
      if (e != null) {
        String iso = PublishedDates.parseValue(e.attr("content"));
        if (iso != null) {
          return iso;
        }
      }
    }
    for (Element e : head.select("meta[content]")) {
      String name = (e.attr("name") + " " + e.attr("property") + " " + e.attr("itemprop")).trim();
      if (!name.isEmpty() && META_NAME.matcher(name).find() && !NOT_PUBLICATION.matcher(name).find()) {
        String iso = PublishedDates.parseValue(e.attr("content"));
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }

  private static String fromScripts(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(s.data());
      if (m.find()) {
        String iso = PublishedDates.parseValue(m.group(1));
        if (iso != null) {
          return iso;
        }
      }
    }
    for (Element s : doc.select("script")) {
      String data = s.data();
      if (data.length() > 200_000 || data.toLowerCase(Locale.ROOT).indexOf("pub") < 0) {
        continue;
      }
      Matcher m = SCRIPT_DATE.matcher(data);
      if (m.find()) {
        String iso = PublishedDates.parseValue(m.group(1));
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }

  /** The value cell of a publication-date key cell in a table (key and value in separate cells). */
  private static String fromTable(Document doc) {
    for (Element cell : doc.select("td, th")) {
      String key = TextUtil.normalize(cell.ownText()).replace(" ", "");
      if (key.length() > 8 || !key.matches("【?(发布日期|发布时间|发文日期)】?[:：]?")) {
        continue;
      }
      Element value = cell.nextElementSibling();
      if (value == null) {
        continue;
      }
      String iso = PublishedDates.nearTitle(TextUtil.normalize(value.text()));
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  private static final Pattern POSTING = Pattern.compile("(?i)(posted\\s*(@|on|at)|发表于|发布于|编辑于|发表时间|发布时间)");
  /** Lines after the article's last line that may hold its posting line. */
  static final int LINES_AFTER_BODY = 4;

  /** The date of a posting line at the end of the article or just under it. */
  static String afterBody(List<String> lines, int bodyEnd) {
    if (bodyEnd < 0) {
      return null;
    }
    for (int i = Math.max(0, bodyEnd - 1); i < Math.min(lines.size(), bodyEnd + 1 + LINES_AFTER_BODY); i++) {
      String l = lines.get(i);
      Matcher m = POSTING.matcher(l);
      if (l.length() <= PublishedDates.NEAR_TITLE_LINE && m.find()) {
        String iso = PublishedDates.nearTitle(l.substring(m.start()));
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }

  /** A labeled date (best rank) or a bare date line among the lines around the title. */
  static String nearTitle(List<String> lines, int titleLine) {
    if (lines.isEmpty()) {
      return null;
    }
    int t = Math.max(0, titleLine);
    int from = Math.max(0, t - LINES_ABOVE);
    int to = Math.min(lines.size(), t + 1 + LINES_AFTER);
    int prose = 0;
    for (int i = t + 1; i < to; i++) {
      String l = lines.get(i);
      if (TextUtil.contentChars(l) >= 30 && TextUtil.proseMarks(l) >= 2 && ++prose > PROSE_AFTER) {
        to = i;
        break;
      }
    }
    // labeled publication dates, then a bare 时间/日期 label, then a bare date line (nearest to the
    // title, below it first), then 更新时间; 成文日期 (date of writing) never
    String[] byRank = new String[4];
    for (int i = from; i < to; i++) {
      PublishedDates.Labeled l = PublishedDates.labeled(lines.get(i));
      if (l != null && byRank[l.rank()] == null) {
        byRank[l.rank()] = l.iso();
      }
    }
    if (byRank[0] != null || byRank[3] != null) {
      return byRank[0] != null ? byRank[0] : byRank[3];
    }
    for (int i = t; i < to; i++) {
      String iso = PublishedDates.nearTitle(lines.get(i));
      if (iso != null && (i != t || titleLine < 0 || PublishedDates.dateline(lines.get(i)) != null)) {
        return iso;
      }
    }
    for (int i = t - 1; i >= from; i--) {
      String iso = PublishedDates.nearTitle(lines.get(i));
      if (iso != null) {
        return iso;
      }
    }
    return byRank[1];
  }
}
