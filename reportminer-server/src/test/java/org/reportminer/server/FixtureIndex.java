package org.reportminer.server;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.dedup.DedupFields;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.model.NumberValue;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.SourceInfo;

/**
 * A small hand-written archive for the server tests (API, HTTP and browser): realistic Chinese
 * reports with entity offsets found by searching their surface forms, plus one hostile report
 * whose title, text and entity names carry HTML and script payloads. The payloads would set
 * {@code window.__xss} if any of them ever ran.
 */
final class FixtureIndex {
  static final DedupSettings DEDUP = DedupSettings.defaults();
  /** The schema ingest uses: with the dedup stage's fingerprint fields. */
  static final ReportSchema SCHEMA = ReportSchema.withHanlp().with(new DedupFields(DEDUP));

  static final String SCRIPT = "<script>window.__xss=1</script>";
  static final String IMG = "<img src=x onerror=\"window.__xss=2\">";
  static final String CLOSE_MARK = "</mark><b id=\"injected\">假粗体</b>";
  static final String EVIL_ORG = "<i onmouseover=\"window.__xss=3\">恶意</i>市场监管局";

  static final AnalyzedReport WEEK = report("http://www.dz.gov.cn/zscq/2023/0428.html",
      "2023年知识产权宣传周活动总结", "2023-04-28",
      "为深入开展知识产权宣传周活动，市知识产权局精心组织、周密部署，在定州市各街道同步开展宣传。\n"
          + "4月24日，市知识产权局在中山广场设立咨询台，王丽局长到现场指导，向群众发放知识产权宣传材料1000余份，"
          + "接受咨询300余人次。\n"
          + "4月26日，结合世界知识产权日，组织企业代表20名开展座谈，进一步提升了全社会保护知识产权的意识。",
      List.of("市知识产权局"), List.of("王丽"), List.of("定州市", "中山广场"),
      List.of("4月24日:2023-04-24", "4月26日:2023-04-26"),
      List.of("1000余份:1000:份:~", "300余人次:300:人次:~", "20名:20:名"),
      List.of("保护知识产权"));

  static final AnalyzedReport TRAINING = report("http://www.sz.gov.cn/scjg/2022/1115.html",
      "知识产权进企业培训工作总结", "2022-11-15",
      "为提升企业知识产权保护能力，深圳市市场监督管理局于11月10日举办知识产权进企业专题培训。\n"
          + "培训邀请刘晓律师讲解商标注册与专利申请实务，共有85家企业的120名代表参加。\n"
          + "下一步，深圳市市场监督管理局将继续开展知识产权宣传和服务工作。",
      List.of("深圳市市场监督管理局"), List.of("刘晓"), List.of("深圳市"),
      List.of("11月10日:2022-11-10"),
      List.of("85家:85:家", "120名:120:名"),
      List.of("保护知识产权"));

  static final AnalyzedReport SPORTS = report("http://www.ft.gov.cn/wty/2023/0910.html",
      "区文化体育局全民健身运动会工作总结", "2023-09-10",
      "9月9日，区文化体育局在体育中心举办第十届全民健身运动会，共设12个比赛项目，参赛群众2000余人。\n"
          + "运动会期间，各街道代表队积极参赛，取得了良好的社会效果。",
      List.of("区文化体育局"), List.of(), List.of("体育中心"),
      List.of("9月9日:2023-09-09"),
      List.of("12个:12:个", "2000余人:2000:人:~"),
      List.of("全民健身"));

  /** A re-post of {@link #SPORTS} with another date: its near-duplicate (one cluster). */
  static final AnalyzedReport SPORTS_COPY = report("http://www.example.cn/fanwen/3650.html",
      "全民健身运动会活动总结", "2022-08-08",
      "8月6日，区文化体育局在体育中心举办第十届全民健身运动会，共设12个比赛项目，参赛群众2000余人。\n"
          + "运动会期间，各街道代表队积极参赛，取得了良好的社会效果。",
      List.of("区文化体育局"), List.of(), List.of("体育中心"),
      List.of("8月6日:2022-08-06"),
      List.of("12个:12:个", "2000余人:2000:人:~"),
      List.of("全民健身"));

  static final AnalyzedReport SECURITY = report("http://www.example.cn/jiedao/0415.html",
      "街道国家安全教育日宣传活动总结", "2023-04-20",
      "4月15日上午，石桥街道党工委联合石桥派出所开展全民国家安全教育日宣传活动。\n"
          + "活动现场发放宣传资料1000余份，接受群众咨询80余人次，增强了居民的国家安全意识。",
      List.of("石桥街道党工委", "石桥派出所"), List.of(), List.of("石桥街道"),
      List.of("4月15日:2023-04-15"),
      List.of("1000余份:1000:份:~", "80余人次:80:人次:~"),
      List.of());

  /** The hostile report: every field a page shows carries markup. */
  static final AnalyzedReport HOSTILE = report("http://evil.example.com/report.html",
      IMG + "知识产权侵权案件通报", "2023-05-05",
      "本月查处知识产权侵权案件3起。" + SCRIPT + "\n"
          + "涉案网页含有" + IMG + "等代码，" + CLOSE_MARK + "，均已固定证据。\n"
          + EVIL_ORG + "对当事人依法处罚。",
      List.of(EVIL_ORG), List.of(), List.of(),
      List.of(), List.of("3起:3:起"),
      List.of("<svg onload=\"window.__xss=4\">主题</svg>"));

  /**
   * A re-post sharing the hostile report's middle passage, payloads included, so that its copy
   * check shows hostile text side by side with copied passages marked.
   */
  static final AnalyzedReport HOSTILE_REPOST = report("http://evil.example.net/repost.html",
      "<b>网络巡查</b>情况通报", "2023-05-08",
      "网络巡查中发现，涉案网页含有" + IMG + "等代码，" + CLOSE_MARK + "，均已固定证据。\n"
          + "下一步将持续开展网络巡查，发现问题及时移交。",
      List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  static final List<AnalyzedReport> ALL =
      List.of(WEEK, TRAINING, SPORTS, SPORTS_COPY, SECURITY, HOSTILE, HOSTILE_REPOST);

  private FixtureIndex() {}

  /**
   * Writes {@link #ALL} into a new index under {@code dir} as ingest does: with dedup
   * fingerprints, then near-duplicate clusters.
   */
  static IndexLayout build(Path dir) throws IOException {
    return build(dir, SCHEMA);
  }

  /** Writes {@link #ALL} with {@code schema} (clusters only when it has the dedup fields). */
  static IndexLayout build(Path dir, ReportSchema schema) throws IOException {
    IndexLayout layout = new IndexLayout(dir);
    try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), schema)) {
      for (AnalyzedReport r : ALL) {
        w.replace(r.report().source().path(), "sha-" + r.report().id(), List.of(r));
      }
      w.commit();
    }
    if (schema == SCHEMA) {
      new IndexedDuplicates(DEDUP).update(layout.lucene());
    }
    return layout;
  }

  /**
   * A report with mentions at every occurrence of the given names, and dates ("text:value") and
   * numbers ("text:value:unit[:~]") at their first occurrence.
   */
  static AnalyzedReport report(String url, String title, String published, String text,
      List<String> orgs, List<String> persons, List<String> places, List<String> dates,
      List<String> numbers, List<String> themes) {
    String path = "fixture/" + url.replaceAll("[^A-Za-z0-9]+", "_") + ".html";
    SourceInfo source = new SourceInfo(path, url,
        ReportId.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), "text/html", "UTF-8", 1, 1);
    Report r = new Report(ReportId.of(source.key(), 1), source, title, published,
        List.of("工作总结", "活动总结"), text, List.of());
    List<Mention> mentions = new ArrayList<>();
    addMentions(mentions, text, EntityType.ORG, orgs);
    addMentions(mentions, text, EntityType.PERSON, persons);
    addMentions(mentions, text, EntityType.PLACE, places);
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<DateValue> dateValues = new ArrayList<>();
    for (String d : dates) {
      String[] p = d.split(":");
      int at = offset(text, p[0]);
      dateValues.add(new DateValue(p[0], p[1], at, at + p[0].length()));
    }
    List<NumberValue> numberValues = new ArrayList<>();
    for (String n : numbers) {
      String[] p = n.split(":");
      int at = offset(text, p[0]);
      numberValues.add(new NumberValue(p[0], new BigDecimal(p[1]), p[2],
          p.length > 3 && p[3].equals("~"), at, at + p[0].length()));
    }
    return new AnalyzedReport(r, orgs, persons, places, mentions, dateValues, numberValues,
        themes, List.of());
  }

  private static void addMentions(List<Mention> out, String text, EntityType type,
      List<String> names) {
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
        out.add(new Mention(type, name, at, at + name.length()));
      }
    }
  }

  private static int offset(String text, String piece) {
    int at = text.indexOf(piece);
    if (at < 0) {
      throw new IllegalArgumentException("fixture text lacks " + piece);
    }
    return at;
  }
}
