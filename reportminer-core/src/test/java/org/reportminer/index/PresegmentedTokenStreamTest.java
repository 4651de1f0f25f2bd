package org.reportminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.WordBounds;

/**
 * The body's word field read from the analysis's words ({@link PresegmentedTokenStream}) against
 * the index analyzer segmenting the same text: the index must not change when it stops
 * segmenting twice.
 */
class PresegmentedTokenStreamTest {
  private static final ReportSchema SCHEMA = ReportSchema.withHanlp();

  /** One token as the index sees it: term, offsets and position. */
  private record Tok(String term, int start, int end, int position) {}

  @Test
  void goldReportsGetTheSameTermsOffsetsAndPositionsAsTheAnalyzer() throws IOException {
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    int reports = 0;
    int tokens = 0;
    for (String text : goldTexts()) {
      AnalyzedReport a = analyzer.analyze(TestReports.simple("gold.txt", "t", null, text).report());
      assertTrue(a.words() != null && a.words().size() > 0, "the analysis hands on its words");
      List<Tok> segmented = tokens(SCHEMA.wordAnalyzer().tokenStream(ReportSchema.BODY, text));
      List<Tok> reused = tokens(((HanlpAnalyzer) SCHEMA.wordAnalyzer()).presegmented(text, a.words()));
      assertEquals(segmented, reused, text.substring(0, Math.min(40, text.length())));
      reports++;
      tokens += reused.size();
    }
    assertTrue(reports >= 30 && tokens > 5_000, reports + " reports, " + tokens + " tokens");
  }

  @Test
  void punctuationAndUncoveredTextLeaveOneGapAndWidthIsFolded() throws IOException {
    String text = "知识产权，宣传\n\nＡＢＣ周";
    WordBounds words = new WordBounds.Builder().add(0, 4).add(4, 5).add(5, 7).add(9, 12).add(12, 13).build();
    assertEquals(
        List.of(new Tok("知识产权", 0, 4, 0), new Tok("宣传", 5, 7, 2), new Tok("abc", 9, 12, 4), new Tok("周", 12, 13, 5)),
        tokens(((HanlpAnalyzer) SCHEMA.wordAnalyzer()).presegmented(text, words)));
  }

  @Test
  void boundsOutsideTheTextAreSkipped() throws IOException {
    WordBounds words = new WordBounds.Builder().add(0, 2).add(2, 40).build();
    assertEquals(List.of(new Tok("宣传", 0, 2, 0)),
        tokens(((HanlpAnalyzer) SCHEMA.wordAnalyzer()).presegmented("宣传周", words)));
  }

  private static List<Tok> tokens(TokenStream ts) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(), position));
      }
      ts.end();
    }
    return out;
  }

  private static List<String> goldTexts() throws IOException {
    List<String> out = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.walk(Path.of("reportminer-eval/src/test/resources/gold"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode r : mapper.readTree(f.toFile())) {
          String text = r.path("text").asText();
          if (!text.isBlank()) {
            out.add(text);
          }
        }
      }
    }
    return out;
  }
}
