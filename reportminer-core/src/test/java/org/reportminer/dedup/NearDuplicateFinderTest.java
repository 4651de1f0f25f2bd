package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.SourceInfo;

class NearDuplicateFinderTest {
  private final DedupSettings settings = DedupSettings.defaults();
  private final Fingerprinter fingerprinter = new Fingerprinter(settings);

  private static Report report(String path, String published, String text) {
    return new Report(
        ReportId.of(path, 1), new SourceInfo(path, null, "", "text/html", "UTF-8", 1, 1),
        path, published, List.of(), text, List.of());
  }

  private static final String BODY =
      "为进一步普及知识产权知识，增强全社会保护知识产权意识，__区文化体育局、区科技创新局、区教育局共同举办了宣传活动。"
          + "活动现场进行了倡议签名、正版签售、知识竞赛表彰、文艺表演、经营者自律声明、打击盗版图片展、法律咨询等一系列活动。"
          + "全区共有95家文化企业及机关单位参加竞赛，共收回试卷914份，对37名竞赛优胜者进行了表彰奖励。"
          + "区音像制品零售行业协会承办并负责具体实施，前期制作了绿书签、宣传T恤、图片展、拒绝盗版签名板和海报。";

  @Test
  void repostsWithSmallEditsClusterUnderTheEarliestPublished() {
    NearDuplicateFinder finder = new NearDuplicateFinder(settings);
    Report late = report("a.html", "2023-05-01", BODY);
    Report early =
        report("b.html", "2022-10-05", BODY.replace("__区", "柳湾区").replace("，", ",").replace("95家", "96家"));
    Report exact = report("c.html", null, BODY.replace("。", ". "));
    Report other =
        report("d.html", "2021-01-01",
            "今年以来，我县扎实推进防汛抗旱工作，共排查隐患点42处，转移群众1300余人，修复堤防12公里，确保了安全度汛。");
    finder.add(fingerprinter.fingerprint(late));
    List<NearDuplicateFinder.Pair> pairs = finder.add(fingerprinter.fingerprint(early));
    assertEquals(1, pairs.size());
    assertTrue(pairs.get(0).similarity() >= settings.minSimilarity(), pairs.toString());
    finder.add(fingerprinter.fingerprint(exact));
    assertEquals(List.of(), finder.add(fingerprinter.fingerprint(other)));

    List<DuplicateCluster> clusters = finder.clusters();
    assertEquals(1, clusters.size());
    DuplicateCluster c = clusters.get(0);
    assertEquals(early.id(), c.representative(), "earliest published represents the cluster");
    assertEquals(3, c.members().size());
    assertTrue(!c.exact());
    Map<String, String> ids = finder.clusterIds();
    assertEquals(early.id(), ids.get(late.id()));
    assertEquals(early.id(), ids.get(exact.id()));
    assertEquals(other.id(), ids.get(other.id()));
  }

  @Test
  void exactDuplicatesAreFoundEvenWhenTooShortToShingle() {
    NearDuplicateFinder finder = new NearDuplicateFinder(settings);
    Report a = report("x.html", "2023-01-01", "总结");
    Report b = report("y.html", "2023-01-02", "总 结。");
    finder.add(fingerprinter.fingerprint(a));
    List<NearDuplicateFinder.Pair> pairs = finder.add(fingerprinter.fingerprint(b));
    assertEquals(1, pairs.size());
    assertEquals(1.0, pairs.get(0).similarity());
    assertTrue(finder.clusters().get(0).exact());
  }

  @Test
  void undatedReportsNeverRepresentDatedOnes() {
    NearDuplicateFinder finder = new NearDuplicateFinder(settings);
    Report undated = report("u.html", null, BODY);
    Report dated = report("v.html", "2024-01-01", BODY);
    finder.add(fingerprinter.fingerprint(undated));
    finder.add(fingerprinter.fingerprint(dated));
    assertEquals(dated.id(), finder.clusters().get(0).representative());
  }
}
