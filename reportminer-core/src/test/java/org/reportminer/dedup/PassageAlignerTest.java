package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.SourceInfo;

/** Passage alignment: edited copies come out as one region each, unrelated regions stay apart. */
class PassageAlignerTest {
  private static final String A = "全区共开展各类宣传活动二百一十六场次，排查企业一千三百四十七家。";
  private static final String B = "区应急管理局组织消防救援大队深入辖区重点单位开展应急疏散演练。";
  private static final String C = "各街道结合实际制定了隐患排查整改台账，实行销号管理并定期通报。";
  private static final String D = "下一步我们将进一步健全安全生产责任体系，推动工作由月向年延伸。";
  private static final String E = "此外，城管执法部门清理占道经营摊点八十余处，规范了市容秩序。";
  private static final String F = "全民阅读活动期间，图书馆新增借阅证三百余张，开展读书沙龙九场。";

  private final Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());
  private final PassageAligner aligner = new PassageAligner(DedupSettings.defaults());

  private List<PassageAligner.Passage> align(String query, String source) {
    return aligner.align(fingerprinter.fingerprint(report("q", query)), fingerprinter.fingerprint(report("s", source)));
  }

  private static Report report(String path, String text) {
    SourceInfo info = new SourceInfo(path, null, "", "text/plain", "UTF-8", 1, 1);
    return new Report(ReportId.of(path, 1), info, "标题", null, List.of(), text, List.of());
  }

  @Test
  void anExactCopyIsOnePassage() {
    assertEquals(1, align(A + B + C + D, A + B + C + D).size());
  }

  @Test
  void reorderedSentencesAreOneCopiedRegion() {
    List<PassageAligner.Passage> p = align(A + C + B + D, A + B + C + D);
    assertEquals(1, p.size(), p.toString());
  }

  @Test
  void aDroppedSentenceLeavesOneCopiedRegion() {
    List<PassageAligner.Passage> p = align(A + B + D, A + B + C + D);
    assertEquals(1, p.size(), p.toString());
  }

  @Test
  void copiesFromDistantPlacesOfTheSourceStayApart() {
    // the query joins the start and the end of a long source: two regions, not one
    String source = A + B + C + E + F + C + E + F + C + E + F + D;
    List<PassageAligner.Passage> p = align(A + B + D, source);
    assertEquals(2, p.size(), p.toString());
  }

  @Test
  void anInsertedSentenceSplitsTheCopy() {
    List<PassageAligner.Passage> p = align(A + B + F + C + D, A + B + C + D);
    assertEquals(2, p.size(), p.toString());
  }
}
