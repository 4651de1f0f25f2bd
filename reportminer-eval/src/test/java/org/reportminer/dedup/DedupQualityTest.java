package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Duplicate and copy detection must not fall below the figures kept in quality/dedup.properties. */
class DedupQualityTest {

  @Test
  void generatedGroundTruthFiguresStayAboveTheFloors() throws IOException {
    Properties floors = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/quality/dedup.properties")) {
      floors.load(in);
    }
    DedupEvaluation.Result r = new DedupEvaluation(DedupSettings.defaults()).run(7, 300, 80, 80, 60);
    String figures = DedupEvaluation.markdown(r, "DedupQualityTest");
    check(floors, "documents.precision", r.nearDuplicates().precision(), figures);
    check(floors, "documents.recall", r.nearDuplicates().recall(), figures);
    check(floors, "characters.precision", r.passages().prf().precision(), figures);
    check(floors, "characters.recall", r.passages().prf().recall(), figures);
    check(floors, "characters.f1", r.passages().prf().f1(), figures);
    check(floors, "characters.plagdet", r.passages().plagdet(), figures);
    // The baselines are measured on the same data and must stay below ours.
    assertTrue(r.exactHashBaseline().recall() < r.nearDuplicates().recall(), figures);
    assertTrue(r.sentenceBaseline().prf().f1() < r.passages().prf().f1(), figures);
  }

  private static void check(Properties floors, String key, double value, String figures) {
    double floor = Double.parseDouble(floors.getProperty(key));
    assertTrue(value >= floor, key + " = " + value + " fell below " + floor + "\n" + figures);
  }
}
