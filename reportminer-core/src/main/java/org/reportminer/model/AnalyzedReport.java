package org.reportminer.model;

import java.util.List;
import java.util.Objects;

/**
 * A report with everything the analysis stage found in it. Entity name lists are distinct names
 * in order of first mention; offsets in every value point into {@code report.text()}.
 *
 * <p>{@code words} are the word bounds the analysis segmented the text into, handed on so that the
 * index does not segment it again; null when not known (a record read back from JSON or from the
 * index). They are a by-product, not part of the record: not in the JSON, and {@link #equals}
 * ignores them.
 */
public record AnalyzedReport(
    Report report,
    List<String> organizations,
    List<String> persons,
    List<String> places,
    List<Mention> mentions,
    List<DateValue> dates,
    List<NumberValue> numbers,
    List<String> themes,
    List<String> keywords,
    WordBounds words) {

  /** A record without word bounds. */
  public AnalyzedReport(
      Report report,
      List<String> organizations,
      List<String> persons,
      List<String> places,
      List<Mention> mentions,
      List<DateValue> dates,
      List<NumberValue> numbers,
      List<String> themes,
      List<String> keywords) {
    this(report, organizations, persons, places, mentions, dates, numbers, themes, keywords, null);
  }

  public AnalyzedReport {
    organizations = List.copyOf(organizations);
    persons = List.copyOf(persons);
    places = List.copyOf(places);
    mentions = List.copyOf(mentions);
    dates = List.copyOf(dates);
    numbers = List.copyOf(numbers);
    themes = List.copyOf(themes);
    keywords = List.copyOf(keywords);
  }

  /** The same record with the analysis's word bounds attached. */
  public AnalyzedReport withWords(WordBounds bounds) {
    return new AnalyzedReport(
        report, organizations, persons, places, mentions, dates, numbers, themes, keywords, bounds);
  }

  /** Equal when every field but {@code words} is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AnalyzedReport a
        && Objects.equals(report, a.report)
        && organizations.equals(a.organizations)
        && persons.equals(a.persons)
        && places.equals(a.places)
        && mentions.equals(a.mentions)
        && dates.equals(a.dates)
        && numbers.equals(a.numbers)
        && themes.equals(a.themes)
        && keywords.equals(a.keywords);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report, organizations, persons, places, mentions, dates, numbers, themes, keywords);
  }
}
