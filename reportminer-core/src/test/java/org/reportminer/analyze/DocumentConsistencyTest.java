package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.nlp.DomainLexicon;

/** Report-level agreement between mentions: back-references to a longer organization name. */
class DocumentConsistencyTest {
  private static final DocumentConsistency CONSISTENCY = new DocumentConsistency(DomainLexicon.shipped());

  private static List<String> kept(String... orgs) {
    List<Mention> mentions = new ArrayList<>();
    int at = 0;
    for (String o : orgs) {
      mentions.add(new Mention(EntityType.ORG, o, at, at + o.length()));
      at += o.length() + 1;
    }
    mentions.add(new Mention(EntityType.PLACE, "康养中心", at, at + 4)); // other types are never touched
    List<String> out = new ArrayList<>();
    for (Mention m : CONSISTENCY.withoutBackReferences(mentions)) {
      out.add(m.type() == EntityType.ORG ? m.text() : "PLACE:" + m.text());
    }
    return out;
  }

  @Test
  void aShortNameAfterTheFullNameOfTheSameBodyIsDropped() {
    assertEquals(List.of("柳湾区福寿康养中心", "PLACE:康养中心"), kept("柳湾区福寿康养中心", "康养中心"));
    assertEquals(List.of("青岚恒达机械制造有限公司", "PLACE:康养中心"), kept("机械制造有限公司", "青岚恒达机械制造有限公司"));
  }

  @Test
  void namesThatDifferOnlyByTheirPlaceOrHaveTheirOwnPrefixStay() {
    assertEquals(List.of("柳湾区东坪小学", "东坪小学", "PLACE:康养中心"), kept("柳湾区东坪小学", "东坪小学"));
    assertEquals(List.of("云溪县图书馆", "县图书馆", "PLACE:康养中心"), kept("云溪县图书馆", "县图书馆"));
    assertEquals(List.of("__区文化广电旅游体育局", "区文化广电旅游体育局", "PLACE:康养中心"),
        kept("__区文化广电旅游体育局", "区文化广电旅游体育局"));
  }

  @Test
  void unrelatedNamesStay() {
    assertEquals(List.of("区教育局", "福寿康养中心", "PLACE:康养中心"), kept("区教育局", "福寿康养中心"));
  }

  @Test
  void throughTheAnalyzer() {
    var a = ReportAnalyzer.create(AnalysisOptions.defaults().withRules(RuleFamily.all())).analyze(new org.reportminer.model.Report("t",
        new org.reportminer.model.SourceInfo("t", null, "", "text/plain", "UTF-8", 1, 1), "2023年工作总结", null,
        List.of(), "志愿者走进柳湾区福寿康养中心。公司工会主席代表公司向康养中心赠送了轮椅10台。", List.of()));
    assertEquals(List.of("柳湾区福寿康养中心"), a.organizations());
  }
}
