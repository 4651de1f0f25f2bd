package org.reportminer.extract;

/**
 * The cleaning rules of HTML extraction, and the title rules after them, that can be switched off
 * one by one ({@link ExtractorConfig#disabledRules()}), so that the effect of each on real pages
 * can be measured (the ablation in docs/EXTRACTION.md, {@code reportminer eval --only real-pages
 * --ablation}). Everything is on by default; switching rules off is for measurement, not for use.
 */
public enum CleaningRule {
  /** Blocks inside elements whose tag or class/id names page furniture (nav, footer, share …). */
  FURNITURE_NAMES,
  /** Link-heavy blocks (more than half of their text in links). */
  LINK_DENSITY,
  /** The trailer cut: everything from the first download box / related list / next link on. */
  TRAILER,
  /** Furniture lines: buttons, share bars, copyright and ICP lines, pagination, font controls. */
  FURNITURE_LINES,
  /** Page-metadata lines: 发布时间, 来源, 作者, 浏览次数, the rows of an attribute list. */
  METADATA_LINES,
  /** Editor and credit lines: (责任编辑：…), [责编：…], 原标题：…, 《人民日报》（… 04 版）. */
  EDITOR_LINES,
  /** Platform disclaimers and prompts: 版权归…未经授权不得转载, 长按二维码关注, 以上信息是否解决. */
  DISCLAIMERS,
  /** Date and source lines above the article's first paragraph. */
  HEAD_DATELINE,
  /** Government information tables (索引号, 发布机构, 成文日期 … in cells) as furniture. */
  INFO_TABLE,
  /**
   * Root: the paragraphs' container replaces the weight-sum root when that root holds less than
   * half its prose (a headline list inside the article's container sank the article's sum).
   */
  PROSE_CONTAINER,
  /**
   * Title: {@code <title>} parts naming the site ({@link SiteNames}: declared names, the copyright
   * or sponsor line's owner) are not titles; a bare-hyphen tail naming the site is split off.
   */
  TITLE_SITE_NAMES,
  /** Title: a breadcrumb-shaped {@code <title>} ("某某网>艺术教育": the site and a column) names no article. */
  TITLE_BREADCRUMB,
  /** Title: the declared article title ({@code og:title}, {@code ArticleTitle}) is a candidate part. */
  TITLE_META,
  /**
   * Title: elements whose class or id names a title ({@code div.article-title}) count as headings
   * when no {@code h1}–{@code h3} matches the {@code <title>}.
   */
  TITLE_CLASS_HEADINGS,
  /**
   * Title: a heading's furniture is judged around the article: an element enclosing the content
   * root, or named as a header, does not make its heading furniture.
   */
  TITLE_HEADING_FURNITURE,
  /**
   * Title: when the {@code <title>} names no article, a numbered section heading (一、…) opening the
   * content root is not the title; the title-like line just above the root is.
   */
  TITLE_ABOVE_SECTION
}
