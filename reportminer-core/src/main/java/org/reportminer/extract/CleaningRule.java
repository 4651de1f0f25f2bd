package org.reportminer.extract;

/**
 * The cleaning rules of HTML extraction that can be switched off one by one
 * ({@link ExtractorConfig#disabledRules()}), so that the effect of each on real pages can be
 * measured (the ablation in docs/EXTRACTION.md, {@code reportminer eval --only real-pages
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
  INFO_TABLE
}
