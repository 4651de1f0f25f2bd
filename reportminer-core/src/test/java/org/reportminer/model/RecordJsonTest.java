package org.reportminer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON record by data binding: field order, what is left out, plain numbers, round trips. */
class RecordJsonTest {
  static final Report REPORT = new Report("0123456789abcdef",
      new SourceInfo("corpus/a.html", null, "ab12", "text/html", "GB18030", 1, 2),
      "植树节活动总结", "2023-03-12", List.of("活动总结"), "3月12日，全校400余名师生参加植树。",
      List.of(new Section("一、活动情况", 1, 0, 5)));
  static final AnalyzedReport ANALYZED = new AnalyzedReport(REPORT, List.of("第一中学"), List.of(),
      List.of("青岚"), List.of(new Mention(EntityType.ORG, "第一中学", 0, 4)),
      List.of(new DateValue("3月12日", "2023-03-12", 0, 5)),
      List.of(new NumberValue("400余名", new BigDecimal("4E+2"), "名", true, 9, 14),
          new NumberValue("1.50万", new BigDecimal("1.50E+4"), "", false, 20, 25),
          new NumberValue("0.50", new BigDecimal("0.50"), "", false, 26, 30)),
      List.of("植树"), List.of("植树", "师生"));

  @Test
  void writesTheFieldsInTheRecordsOrderWithPlainNumbers() {
    assertEquals("{\"id\":\"0123456789abcdef\",\"source\":{\"path\":\"corpus/a.html\",\"url\":null,"
        + "\"sha256\":\"ab12\",\"mediaType\":\"text/html\",\"charset\":\"GB18030\",\"part\":1,\"parts\":2},"
        + "\"title\":\"植树节活动总结\",\"published\":\"2023-03-12\",\"category\":[\"活动总结\"],"
        + "\"text\":\"3月12日，全校400余名师生参加植树。\","
        + "\"sections\":[{\"heading\":\"一、活动情况\",\"level\":1,\"start\":0,\"end\":5}],"
        + "\"organizations\":[\"第一中学\"],\"persons\":[],\"places\":[\"青岚\"],"
        + "\"mentions\":[{\"type\":\"ORG\",\"text\":\"第一中学\",\"start\":0,\"end\":4}],"
        + "\"dates\":[{\"text\":\"3月12日\",\"value\":\"2023-03-12\",\"start\":0,\"end\":5}],"
        + "\"numbers\":[{\"text\":\"400余名\",\"value\":400,\"unit\":\"名\",\"approx\":true,\"start\":9,\"end\":14},"
        + "{\"text\":\"1.50万\",\"value\":15000,\"unit\":\"\",\"approx\":false,\"start\":20,\"end\":25},"
        + "{\"text\":\"0.50\",\"value\":0.5,\"unit\":\"\",\"approx\":false,\"start\":26,\"end\":30}],"
        + "\"themes\":[\"植树\"],\"keywords\":[\"植树\",\"师生\"]}",
        RecordJson.line(RecordJson.toNode(ANALYZED)));
  }

  @Test
  void sourceFieldsAppearOnlyWhenTheyTellSomething() {
    SourceInfo damaged = new SourceInfo("x.html", "http://e.org/x", "cd", "text/html", "GBK", 1, 1, 3, "meta");
    String line = RecordJson.line(RecordJson.toNode(
        new Report("fedcba9876543210", damaged, "t", null, List.of(), "正文", List.of())));
    assertEquals("{\"id\":\"fedcba9876543210\",\"source\":{\"path\":\"x.html\",\"url\":\"http://e.org/x\","
        + "\"sha256\":\"cd\",\"mediaType\":\"text/html\",\"charset\":\"GBK\",\"part\":1,\"parts\":1,"
        + "\"invalidSequences\":3,\"publishedFrom\":\"meta\"},\"title\":\"t\",\"published\":null,"
        + "\"category\":[],\"text\":\"正文\",\"sections\":[]}", line);
  }

  @Test
  void readsBackWhatItWrites() {
    String line = RecordJson.line(RecordJson.toNode(ANALYZED));
    AnalyzedReport back = RecordJson.analyzed(line);
    assertEquals(ANALYZED.report(), back.report());
    assertEquals(ANALYZED.mentions(), back.mentions());
    assertEquals(List.of(new BigDecimal("400"), new BigDecimal("15000"), new BigDecimal("0.5")),
        back.numbers().stream().map(NumberValue::value).toList());
    assertEquals(line, RecordJson.line(RecordJson.toNode(back)), "a second round trip changes nothing");
  }

  @Test
  void aReportWithoutAnalysisOrWithExtraFieldsReads() {
    String extracted = RecordJson.line(RecordJson.toNode(REPORT)).replace("{\"id\"", "{\"rank\":1,\"id\"");
    AnalyzedReport a = RecordJson.analyzed(extracted);
    assertEquals(REPORT, a.report());
    assertEquals(List.of(), a.organizations());
    assertEquals(List.of(), a.numbers());
    assertThrows(IllegalArgumentException.class, () -> RecordJson.analyzed("{\"id\": [1, 2"));
  }
}
