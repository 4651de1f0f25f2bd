package org.reportminer.model;

import java.util.List;

/**
 * A report with everything the analysis stage found in it. Entity name lists are distinct names
 * in order of first mention; offsets in every value point into {@code report.text()}.
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
    List<String> keywords) {

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
}
