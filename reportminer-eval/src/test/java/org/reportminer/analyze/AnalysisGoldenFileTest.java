package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.Mention;
import org.reportminer.model.NumberValue;

/**
 * Golden files for whole reports: the full analysis of a few corpus reports (their gold text,
 * title and date), one item per line with offsets, in reportminer-eval/src/test/resources/analyze/golden/. Any
 * change in what the analysis finds shows as a readable diff. A missing golden file is written and
 * the test fails, asking for a review and a {@code git add}.
 */
class AnalysisGoldenFileTest {
  private static final Path GOLD = Path.of("reportminer-eval/src/test/resources/gold");
  private static final Path GOLDEN = Path.of("reportminer-eval/src/test/resources/analyze/golden");
  private static final ReportAnalyzer ANALYZER = ReportAnalyzer.create(AnalysisOptions.defaults());

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "txt/fanwen-a-saved-page-yuedu-3pian.txt.json#1",
    "html/gov-yunxi-gbk-meta-jiaoyu-2022.html.json#1",
    "html/wenku-b-utf8-wrongmeta-gb2312-qiye-hengda.html.json#1",
    "html/gov-qinglan-utf8-shengtai-2023h1.html.json#1",
    "pdf/wenhuaguan-2023-nianzhong.pdf.json#1",
  })
  void analysisMatchesItsGoldenFile(String id) throws IOException {
    AnalyzedReport gold = AnalysisEvaluation.loadGold(GOLD).stream()
        .filter(a -> a.report().id().equals(id)).findFirst().orElseThrow();
    String actual = render(ANALYZER.analyze(gold.report()));
    Path file = GOLDEN.resolve(id.replace('/', '_').replace('#', '_') + ".txt");
    if (!Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      fail("wrote missing golden file " + file + ": review it and git add it");
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "analysis of " + id + " changed");
  }

  static String render(AnalyzedReport a) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(a.report().title()).append('\n');
    for (Mention m : a.mentions()) {
      sb.append(m.type()).append(' ').append(m.text()).append(" @").append(m.start()).append('\n');
    }
    for (DateValue d : a.dates()) {
      sb.append("DATE ").append(d.text()).append(" = ").append(d.value()).append(" @").append(d.start()).append('\n');
    }
    for (NumberValue v : a.numbers()) {
      sb.append("NUMBER ").append(v.text()).append(" = ").append(v.value().stripTrailingZeros().toPlainString())
          .append(' ').append(v.unit()).append(v.approx() ? " approx" : "").append(" @").append(v.start()).append('\n');
    }
    for (String t : a.themes()) {
      sb.append("THEME ").append(t).append('\n');
    }
    List<String> keywords = a.keywords();
    sb.append("KEYWORDS ").append(String.join(" ", keywords)).append('\n');
    return sb.toString();
  }
}
