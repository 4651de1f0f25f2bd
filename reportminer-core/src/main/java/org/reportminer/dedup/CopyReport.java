package org.reportminer.dedup;

import java.util.List;

/**
 * The 查重 report for one report: how much of it is found in other reports of the archive, per
 * section and per source, with every copied passage located in both reports. Ratios are shares of
 * the report's normalized characters (whitespace and punctuation do not count). Stock phrases
 * (套话 found across a large share of the archive) are listed apart and count as copying from
 * nobody.
 *
 * @param id the checked report's id
 * @param title its title
 * @param text its text (offsets below point into it)
 * @param chars its normalized length
 * @param copyRatio share of its normalized chars found in some other report
 * @param largestSourceRatio the largest share found in one single other report
 * @param sections ratio per section (an opening entry first when text precedes the first heading)
 * @param sources the reports it shares passages with, largest share first
 * @param passages each copied passage, in text order
 * @param stockPhrases stock phrases found in it
 */
public record CopyReport(
    String id,
    String title,
    String text,
    int chars,
    double copyRatio,
    double largestSourceRatio,
    List<SectionRatio> sections,
    List<SourceShare> sources,
    List<CopiedPassage> passages,
    List<StockPhrase> stockPhrases) {

  public CopyReport {
    sections = List.copyOf(sections);
    sources = List.copyOf(sources);
    passages = List.copyOf(passages);
    stockPhrases = List.copyOf(stockPhrases);
  }

  /**
   * A section's copy ratio.
   *
   * @param heading the heading ("" for the opening before the first heading)
   * @param level heading level (0 for the opening)
   * @param start UTF-16 start in the text
   * @param end UTF-16 end in the text
   * @param ratio share of the section's normalized chars found elsewhere
   * @param mainSource the source contributing most to this section, or null
   */
  public record SectionRatio(
      String heading, int level, int start, int end, double ratio, String mainSource) {}

  /**
   * A report passages were found in.
   *
   * @param id its report id
   * @param title its title
   * @param path its source path or URL
   * @param share share of the checked report's normalized chars found in it
   * @param passages number of passages
   */
  public record SourceShare(String id, String title, String path, double share, int passages) {}

  /**
   * A copied passage.
   *
   * @param sourceId the report it is found in
   * @param start UTF-16 start in the checked report's text
   * @param end UTF-16 end in the checked report's text
   * @param sourceStart UTF-16 start in the source's text
   * @param sourceEnd UTF-16 end in the source's text
   * @param text the passage as written in the checked report
   * @param sourceText the passage as written in the source
   * @param similarity share of the passage's normalized chars that match exactly
   */
  public record CopiedPassage(
      String sourceId,
      int start,
      int end,
      int sourceStart,
      int sourceEnd,
      String text,
      String sourceText,
      double similarity) {}

  /**
   * A stock phrase.
   *
   * @param text as written in the checked report
   * @param start UTF-16 start
   * @param end UTF-16 end
   * @param reports how many reports of the archive contain it
   */
  public record StockPhrase(String text, int start, int end, int reports) {}
}
