package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.GoldCorpus;

/** Extraction quality kept as data: the figures on the gold corpus may not drop below the floors. */
class ExtractionQualityTest {

  @Test
  void figuresStayAboveTheirFloors() throws Exception {
    Properties floors = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("reportminer-eval/src/test/resources/quality/extract.properties"))) {
      floors.load(in);
    }
    Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS);
    List<GoldCorpus.Entry> entries =
        GoldCorpus.load(Path.of("reportminer-eval/src/test/resources/gold"), Path.of("corpus"), extractor,
            new ExtractionRun.Settings(Duration.ofSeconds(60), 2, true));
    ExtractionEvaluation.Scores s =
        new ExtractionEvaluation()
            .evaluate(
                entries.stream()
                    .map(e -> new ExtractionEvaluation.Case(e.file(), e.gold(), e.ours(), e.documents(), e.mediaType()))
                    .toList(),
                false)
            .overall();
    check(floors, "body.precision", s.ours().precision());
    check(floors, "body.recall", s.ours().recall());
    check(floors, "title.accuracy", s.title().value());
    check(floors, "published.accuracy", s.published().value());
    check(floors, "category.accuracy", s.category().value());
    check(floors, "split.accuracy", s.split().value());
    check(floors, "sections.f1", s.sections().f1());
  }

  private static void check(Properties floors, String key, double value) {
    double floor = Double.parseDouble(floors.getProperty(key));
    assertTrue(value >= floor, key + " = " + value + " fell below its floor " + floor);
  }
}
