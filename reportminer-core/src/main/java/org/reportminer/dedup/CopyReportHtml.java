package org.reportminer.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A self-contained HTML view of a {@link CopyReport}: ratios, sections and sources at the top,
 * then, for each of the main sources, the checked report and the source side by side with the
 * shared passages marked. No scripts and no external assets; every piece of report text is
 * HTML-escaped (scraped text is untrusted). Stateless and thread-safe.
 */
public final class CopyReportHtml {
  /** Sources shown side by side (the rest are listed only). */
  public static final int SIDE_BY_SIDE = 3;

  private CopyReportHtml() {}

  /**
   * Renders the page.
   *
   * @param r the copy report
   * @param sourceText the full text of a source report by id (null when unavailable)
   */
  public static String render(CopyReport r, Function<String, String> sourceText) {
    StringBuilder h = new StringBuilder(r.text().length() * 3 + 4096);
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>查重报告 ")
        .append(esc(r.title()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    h.append("<header><h1>").append(esc(r.title())).append("</h1><p class=\"id\">")
        .append(esc(r.id())).append("</p>");
    h.append("<p class=\"summary\">总复制比 <b>").append(CopyReportFormat.pct(r.copyRatio()))
        .append("</b> · 单一来源最大比 <b>").append(CopyReportFormat.pct(r.largestSourceRatio()))
        .append("</b> · 检测字数 ").append(r.chars()).append("</p></header>\n");

    h.append("<section><h2>各部分复制比</h2><table class=\"sections\">");
    for (CopyReport.SectionRatio s : r.sections()) {
      h.append("<tr><td class=\"lvl").append(s.level()).append("\">")
          .append(s.heading().isEmpty() ? "（开头）" : esc(s.heading()))
          .append("</td><td class=\"bar\"><span style=\"width:")
          .append(String.format(Locale.ROOT, "%.1f", s.ratio() * 100))
          .append("%\"></span></td><td class=\"num\">").append(CopyReportFormat.pct(s.ratio()))
          .append("</td></tr>");
    }
    h.append("</table></section>\n");

    h.append("<section><h2>相似来源</h2>");
    if (r.sources().isEmpty()) {
      h.append("<p>未发现复制内容。</p>");
    } else {
      h.append("<ol class=\"sources\">");
      int i = 0;
      for (CopyReport.SourceShare s : r.sources()) {
        h.append("<li><span class=\"swatch s").append(Math.min(i++, SIDE_BY_SIDE)).append("\"></span>")
            .append(CopyReportFormat.pct(s.share())).append(" · ").append(esc(s.title()))
            .append(" <span class=\"id\">").append(esc(s.id())).append("</span>");
        if (s.path() != null) {
          h.append(" <span class=\"path\">").append(esc(s.path())).append("</span>");
        }
        h.append("</li>");
      }
      h.append("</ol>");
    }
    h.append("</section>\n");

    List<CopyReport.SourceShare> shown = r.sources().subList(0, Math.min(SIDE_BY_SIDE, r.sources().size()));
    for (int i = 0; i < shown.size(); i++) {
      CopyReport.SourceShare s = shown.get(i);
      List<CopyReport.CopiedPassage> ps = new ArrayList<>();
      for (CopyReport.CopiedPassage p : r.passages()) {
        if (p.sourceId().equals(s.id())) {
          ps.add(p);
        }
      }
      h.append("<section class=\"pair\"><h2>对照：").append(esc(s.title())).append("（")
          .append(CopyReportFormat.pct(s.share())).append("）</h2><div class=\"cols\"><div><h3>")
          .append(esc(r.title())).append("</h3><div class=\"text\">");
      marked(h, r.text(), ps, true, i);
      h.append("</div></div><div><h3>").append(esc(s.title())).append("</h3><div class=\"text\">");
      String src = sourceText.apply(s.id());
      if (src == null) {
        h.append("<p>（来源全文不可用）</p>");
      } else {
        List<CopyReport.CopiedPassage> bySource = new ArrayList<>(ps);
        bySource.sort(Comparator.comparingInt(CopyReport.CopiedPassage::sourceStart));
        marked(h, src, bySource, false, i);
      }
      h.append("</div></div></div></section>\n");
    }
    if (!r.stockPhrases().isEmpty()) {
      h.append("<section><h2>套话（不计入复制比）</h2><ul class=\"stock\">");
      for (CopyReport.StockPhrase s : r.stockPhrases()) {
        h.append("<li>").append(esc(s.text())).append(" <span class=\"id\">")
            .append(s.reports()).append(" 篇</span></li>");
      }
      h.append("</ul></section>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  /** Appends {@code text} with the passages' ranges marked, paragraphs as &lt;p&gt;. */
  private static void marked(
      StringBuilder h, String text, List<CopyReport.CopiedPassage> ps, boolean query, int colour) {
    int pos = 0;
    h.append("<p>");
    for (CopyReport.CopiedPassage p : ps) {
      int start = Math.max(pos, query ? p.start() : p.sourceStart());
      int end = query ? p.end() : p.sourceEnd();
      if (end <= start) {
        continue;
      }
      paragraphs(h, text.substring(pos, start));
      String open = "<mark class=\"s" + colour + "\">";
      // A passage across a line break is closed before the paragraph ends and reopened after:
      // a mark left open across </p><p> would be dropped by the HTML parser after the break.
      h.append(open).append(esc(text.substring(start, end))
          .replace("\n", "</mark></p><p>" + open)).append("</mark>");
      pos = end;
    }
    paragraphs(h, text.substring(pos));
    h.append("</p>");
  }

  private static void paragraphs(StringBuilder h, String s) {
    h.append(esc(s).replace("\n", "</p><p>"));
  }

  /** Escapes text for HTML element content and attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String STYLE =
      "body{font-family:'Noto Sans CJK SC','WenQuanYi Zen Hei','Microsoft YaHei',sans-serif;"
          + "margin:0 auto;max-width:1200px;padding:1em 1.5em;color:#222;line-height:1.7}"
          + "h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.15em;border-bottom:1px solid #ddd;"
          + "padding-bottom:.2em;margin-top:1.6em}h3{font-size:1em;color:#555}"
          + ".id,.path{color:#888;font-size:.85em}.summary{font-size:1.05em}"
          + "table.sections{border-collapse:collapse;width:100%}table.sections td{padding:.15em .5em}"
          + ".lvl2{padding-left:2em!important}.lvl3{padding-left:3.5em!important}"
          + ".bar{width:40%}.bar span{display:block;height:.8em;background:#d9534f;border-radius:2px}"
          + ".num{text-align:right;width:5em;font-variant-numeric:tabular-nums}"
          + ".cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}"
          + ".text{border:1px solid #e5e5e5;border-radius:4px;padding:.2em 1em;background:#fcfcfc}"
          + "mark.s0,.swatch.s0{background:#ffd7d5}mark.s1,.swatch.s1{background:#d5e8ff}"
          + "mark.s2,.swatch.s2{background:#d8f5d0}.swatch.s3{background:#eee}"
          + ".swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;border-radius:2px}"
          + "ul.stock li{color:#666}";
}
