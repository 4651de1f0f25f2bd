package org.reportminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;

/**
 * Quality on real pages kept as data: our figures on reportminer-eval/src/test/resources/realpages (pages from
 * real sites, gold by annotators who never saw the code) may not fall below the floors in
 * reportminer-eval/src/test/resources/quality/realpages.properties.
 */
class RealPagesQualityTest {

  @Test
  void figuresOnRealPagesStayAboveTheirFloors() throws Exception {
    Properties floors = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("reportminer-eval/src/test/resources/quality/realpages.properties"))) {
      floors.load(in);
    }
    List<RealPageGold> pages = RealPageGold.load(Path.of("reportminer-eval/src/test/resources/realpages"));
    assertTrue(pages.size() >= 40, "the real-page set has " + pages.size() + " pages");
    RealPageEvaluation.Totals t = new RealPageEvaluation()
        .evaluate(pages, List.of(Peers.ours(new Extractor(ExtractorConfig.DEFAULTS)))).rows().get(0);
    String problems = String.join("\n", RealPageEvaluation.problems(t));
    assertTrue(t.bodyRecall() >= d(floors, "body.recall"), "body recall " + t.bodyRecall() + "\n" + problems);
    assertTrue(t.leak() <= d(floors, "boilerplate.leak.max"), "boilerplate leak " + t.leak() + "\n" + problems);
    assertTrue(t.title() >= d(floors, "title.exact"), "title " + t.title() + "\n" + problems);
    assertTrue(t.published() >= d(floors, "published.exact"), "published " + t.published() + "\n" + problems);
    assertEquals((int) d(floors, "article.pages.without.report"), t.noReport(), problems);
    assertEquals((int) d(floors, "mojibake.pages"), t.mojibake(), problems);
  }

  private static double d(Properties p, String key) {
    return Double.parseDouble(p.getProperty(key));
  }
}
