package org.reportminer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counts in English output agree with their number. */
class EnglishTest {
  @Test
  void oneIsSingularEverythingElsePlural() {
    assertEquals("1 report", English.count(1, "report"));
    assertEquals("0 reports", English.count(0, "report"));
    assertEquals("2 clusters", English.count(2, "cluster"));
    assertEquals("1 exact duplicate", English.count(1, "exact duplicate"));
    assertEquals("3 exact duplicates", English.count(3, "exact duplicate"));
    assertEquals("2 matches", English.count(2, "match"));
    assertEquals("2 copies", English.count(2, "copy"));
    assertEquals("2 days", English.count(2, "day"));
    assertEquals("1 person", English.count(1, "person", "people"));
    assertEquals("5 people", English.count(5, "person", "people"));
    assertEquals("matches", English.verb(1, "match", "matches"));
    assertEquals("match", English.verb(4, "match", "matches"));
  }
}
