package org.reportminer.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.Section;
import org.reportminer.model.SourceInfo;

/**
 * Generates ground truth for duplicate and copy detection: an archive of original reports and
 * suspicious reports made from them with known edits, with every truly copied span recorded.
 *
 * <p>Originals are built sentence by sentence: most sentences are unique (combinations of
 * subjects, actions, objects, results and numbers), some are stock phrases (套话) shared by a large
 * part of the archive. From the originals the generator makes:
 *
 * <ul>
 *   <li>near-duplicates: a whole report reposted with full-width/half-width and punctuation
 *       changes, its place name swapped, one sentence deleted, one inserted and two swapped;
 *   <li>partial copies: a new report with one or two sections lifted (whole or in part) from an
 *       original, with punctuation changes and the place name swapped;
 *   <li>unrelated reports.
 * </ul>
 *
 * Copied stock sentences are not truth (they count as copying from nobody). Every original is
 * used by at most one suspicious report, so the true source of each copied span is unique.
 * Deterministic for a seed; not thread-safe.
 */
public final class CopyCaseGenerator {

  /** A truly copied span: {@code [start, end)} of the suspicious text comes from the source. */
  public record TruePassage(String sourceId, int start, int end) {}

  /**
   * A suspicious report and its truth.
   *
   * @param report the report
   * @param kind NEAR_DUPLICATE, PARTIAL_COPY or UNRELATED
   * @param sourceId the original it was made from (null when unrelated)
   * @param truth the copied spans
   */
  public record Case(Report report, String kind, String sourceId, List<TruePassage> truth) {}

  /** The generated archive: originals, then the suspicious reports. */
  public record Archive(List<Report> originals, List<Case> cases) {
    /** Every report, originals first. */
    public List<Report> all() {
      List<Report> out = new ArrayList<>(originals);
      cases.forEach(c -> out.add(c.report()));
      return out;
    }
  }

  private static final String[] STEMS = {
    "青岚", "柳湾", "桐林", "云溪", "北川", "东坪", "江北", "白沙", "临河", "石门", "金沙", "凤鸣",
    "长乐", "安宁", "松江", "望江", "平湖", "清源", "西岭", "南塘"
  };
  private static final String[] KINDS = {"市", "区", "县", "镇"};
  private static final String[] UNITS = {
    "文化馆", "教育局", "卫生健康委员会", "应急管理局", "总工会", "妇联", "团委", "司法局", "图书馆",
    "第二中学", "实验小学", "民政局", "农业农村局", "科技局", "市场监督管理局", "街道办事处"
  };
  private static final String[] ACTIONS = {
    "组织", "举办", "开展", "推进", "落实", "完成", "启动", "部署", "实施", "筹备", "协调", "验收",
    "牵头", "承办", "配合", "督促", "指导", "策划", "推动", "参与", "召开", "主持", "联合", "跟进"
  };
  private static final String[] TOPICS = {
    "防汛", "禁毒", "普法", "消防", "文明", "健康", "廉政", "节能", "反诈", "环保", "食品", "交通",
    "科普", "国防", "助残", "养老", "托育", "就业", "双拥", "统计", "档案", "保密", "扶贫", "创卫",
    "读书", "安全", "应急", "人才", "社保", "水利"
  };
  private static final String[] OBJECTS = {
    "专题培训班", "入户走访", "隐患排查", "分享会", "志愿服务", "技能竞赛", "讲座", "义诊",
    "文艺汇演", "实战演练", "环境整治", "结对帮扶", "资料整理", "项目评审", "送教下乡", "督导检查",
    "健康体检", "政策宣讲", "调研座谈", "成果展览", "知识测试", "主题党日", "现场观摩", "案例研讨",
    "业务比武", "经验交流会", "集中宣传", "专项整治", "摸底调查", "宣传周"
  };
  private static final String[] PLACES_IN_TOWN = {
    "文化广场", "社区活动室", "会议中心", "体育馆", "村委会", "学校礼堂", "企业车间", "服务大厅",
    "图书馆报告厅", "农贸市场", "公园", "商业街"
  };
  private static final String[] STREETS = {
    "幸福路", "建设街", "人民路", "解放路", "光明村", "新华街", "和平里", "胜利路", "朝阳村", "民主街",
    "团结路", "前进村", "红旗街", "长安路", "振兴村", "育才路", "丰收村", "环城路", "滨江路", "兴业街",
    "桃园村", "柳林街", "青年路", "公园路", "文化街", "中山路", "北关村", "南门街", "东风路", "西湖村"
  };
  private static final String[] RESULTS = {
    "覆盖群众", "参与干部职工", "服务对象", "发放资料", "受益学生", "接待来访", "走访农户",
    "整改问题", "培训人员", "收集意见", "签订协议", "排查企业", "回访家庭", "登记需求"
  };
  private static final String[] MEASURES = {"人次", "人", "份", "户", "条", "场", "个", "册", "家"};
  private static final String[] SUBJECTS = {
    "我们", "机关党支部", "工作专班", "各科室", "志愿服务队", "各成员单位", "业务骨干", "领导小组",
    "驻村工作队", "青年突击队"
  };
  private static final String[] CLOSINGS = {
    "群众满意度明显提升", "工作成效进一步显现", "为后续工作打下了基础", "受到上级部门肯定",
    "相关经验已在全系统推广", "形成了一批可复制的做法", "问题得到及时解决", "工作机制更加健全"
  };
  private static final String[] STOCK = {
    "在上级部门的正确领导下，在社会各界的大力支持下，各项工作取得了显著成效。",
    "活动取得了良好的社会效果，受到了广大群众的一致好评。",
    "现将有关情况总结如下：",
    "下一步，我们将继续坚持问题导向，不断完善工作机制，推动各项工作再上新台阶。",
    "虽然取得了一定成绩，但与上级要求和群众期盼相比还存在一定差距。",
    "我们将认真总结经验，查找不足，进一步提高工作水平。"
  };
  private static final String[] HEADINGS = {
    "加强领导，精心组织", "突出重点，狠抓落实", "创新形式，注重实效", "完善机制，强化保障",
    "广泛宣传，营造氛围", "存在的问题", "下一步工作打算", "主要做法和成效"
  };
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五"};

  private final Random random;
  private int serial;

  public CopyCaseGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Generates {@code originals} originals and the given numbers of suspicious reports. */
  public Archive generate(int originals, int nearDuplicates, int partialCopies, int unrelated) {
    if (nearDuplicates + partialCopies > originals) {
      throw new IllegalArgumentException("each original feeds at most one suspicious report");
    }
    List<Draft> drafts = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < originals; i++) {
      Draft d = original();
      drafts.add(d);
      reports.add(d.toReport(null));
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < nearDuplicates; i++) {
      cases.add(nearDuplicate(drafts.get(i), reports.get(i)));
    }
    for (int i = 0; i < partialCopies; i++) {
      int o = nearDuplicates + i;
      cases.add(partialCopy(drafts.get(o), reports.get(o)));
    }
    for (int i = 0; i < unrelated; i++) {
      Draft d = original();
      cases.add(new Case(d.toReport(null), "UNRELATED", null, List.of()));
    }
    return new Archive(List.copyOf(reports), List.copyOf(cases));
  }

  /** One generated sentence and whether it is a stock phrase. */
  private record Sentence(String text, boolean stock) {}

  /** A report being built: sections of sentences, and the place name its sentences use. */
  private final class Draft {
    final String place;
    final String title;
    final List<String> headings = new ArrayList<>();
    final List<List<Sentence>> sections = new ArrayList<>();
    /** For copies: per section and sentence, whether it was copied from the source. */
    final List<List<Boolean>> copied = new ArrayList<>();
    /** For copies: whether each section's heading was copied from the source. */
    final List<Boolean> headingCopied = new ArrayList<>();

    Draft(String place, String title) {
      this.place = place;
      this.title = title;
    }

    Report toReport(String sourceId) {
      StringBuilder text = new StringBuilder();
      List<Section> secs = new ArrayList<>();
      for (int s = 0; s < sections.size(); s++) {
        int start = text.length();
        if (!headings.get(s).isEmpty()) {
          text.append(headings.get(s)).append('\n');
        }
        for (Sentence sentence : sections.get(s)) {
          text.append(sentence.text());
        }
        text.append('\n');
        if (!headings.get(s).isEmpty()) {
          secs.add(new Section(headings.get(s), 1, start, text.length() - 1));
        }
      }
      String body = text.toString().stripTrailing();
      int n = ++serial;
      String path = "generated/" + n + ".txt";
      SourceInfo source = new SourceInfo(path, null, "", "text/plain", "UTF-8", 1, 1);
      String date = String.format("2023-%02d-%02d", 1 + n % 12, 1 + n % 28);
      return new Report(ReportId.of(path, 1), source, title, date, List.of("工作总结"), body, secs);
    }
  }

  private Draft original() {
    String place = pick(STEMS) + pick(KINDS);
    String unit = place + pick(UNITS);
    Draft d = new Draft(place, unit + "2023年" + pick(OBJECTS) + "工作总结");
    List<Sentence> opening = new ArrayList<>();
    opening.add(unique(unit, place));
    opening.add(unique(unit, place));
    if (random.nextInt(3) == 0) {
      opening.add(new Sentence(STOCK[random.nextInt(3)], true));
    }
    d.headings.add("");
    d.sections.add(opening);
    int count = 3 + random.nextInt(3);
    List<String> heads = new ArrayList<>(List.of(HEADINGS));
    java.util.Collections.shuffle(heads, random);
    for (int s = 0; s < count; s++) {
      d.headings.add(NUMERALS[s] + "、" + heads.get(s));
      List<Sentence> body = new ArrayList<>();
      int sentences = 3 + random.nextInt(4);
      for (int k = 0; k < sentences; k++) {
        body.add(random.nextInt(6) == 0 ? new Sentence(pick(STOCK), true) : unique(unit, place));
      }
      d.sections.add(body);
    }
    return d;
  }

  private Sentence unique(String unit, String place) {
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    int who = random.nextInt(10);
    String subject = who < 2 ? unit : who < 4 ? place + pick(UNITS) : pick(SUBJECTS);
    String where = pick(STREETS) + pick(PLACES_IN_TOWN);
    String what = pick(TOPICS) + pick(OBJECTS);
    String count = pick(RESULTS) + (10 + random.nextInt(4990)) + pick(MEASURES);
    String date = month + "月" + day + "日";
    String text =
        switch (random.nextInt(3)) {
          case 0 -> date + "，" + subject + "在" + where + pick(ACTIONS) + "了" + what + "，" + count;
          case 1 -> subject + "于" + date + pick(ACTIONS) + what + "，地点设在" + where + "，" + count;
          default -> "围绕" + what + "，" + subject + date + "深入" + where + "，" + count;
        };
    return new Sentence(
        text + (random.nextInt(3) == 0 ? "，" + pick(CLOSINGS) : "") + "。", false);
  }

  private Case nearDuplicate(Draft source, Report sourceReport) {
    String newPlace = otherPlace(source.place);
    Draft copy = new Draft(newPlace, source.title.replace(source.place, newPlace));
    List<List<Boolean>> flags = new ArrayList<>();
    int deleteSection = 1 + random.nextInt(source.sections.size() - 1);
    int insertSection = 1 + random.nextInt(source.sections.size() - 1);
    for (int s = 0; s < source.sections.size(); s++) {
      List<Sentence> out = new ArrayList<>();
      List<Boolean> f = new ArrayList<>();
      List<Sentence> in = source.sections.get(s);
      int delete = s == deleteSection ? random.nextInt(in.size()) : -1;
      for (int k = 0; k < in.size(); k++) {
        if (k == delete) {
          continue;
        }
        out.add(new Sentence(obfuscate(in.get(k).text(), source.place, newPlace), in.get(k).stock()));
        f.add(!in.get(k).stock());
      }
      if (s == insertSection) {
        int at = random.nextInt(out.size() + 1);
        out.add(at, unique(newPlace + pick(UNITS), newPlace));
        f.add(at, false);
      }
      if (out.size() >= 2 && random.nextBoolean()) {
        int a = random.nextInt(out.size() - 1);
        java.util.Collections.swap(out, a, a + 1);
        java.util.Collections.swap(f, a, a + 1);
      }
      copy.headings.add(obfuscate(source.headings.get(s), source.place, newPlace));
      copy.headingCopied.add(!source.headings.get(s).isEmpty());
      copy.sections.add(out);
      flags.add(f);
    }
    copy.copied.addAll(flags);
    Report r = copy.toReport(sourceReport.id());
    return new Case(r, "NEAR_DUPLICATE", sourceReport.id(), truth(copy, r, sourceReport.id()));
  }

  private Case partialCopy(Draft source, Report sourceReport) {
    Draft own = original();
    Draft copy = new Draft(own.place, own.title);
    int lifted = 1 + random.nextInt(2);
    List<List<Boolean>> flags = new ArrayList<>();
    for (int s = 0; s < own.sections.size(); s++) {
      copy.headings.add(own.headings.get(s));
      copy.headingCopied.add(false);
      copy.sections.add(new ArrayList<>(own.sections.get(s)));
      List<Boolean> f = new ArrayList<>();
      own.sections.get(s).forEach(x -> f.add(false));
      flags.add(f);
    }
    for (int l = 0; l < lifted && l + 1 < copy.sections.size(); l++) {
      int from = 1 + random.nextInt(source.sections.size() - 1);
      List<Sentence> in = source.sections.get(from);
      int first = random.nextInt(2) == 0 ? 0 : random.nextInt(in.size());
      int last = random.nextInt(2) == 0 ? in.size() : first + 1 + random.nextInt(in.size() - first);
      List<Sentence> out = new ArrayList<>();
      List<Boolean> f = new ArrayList<>();
      for (Sentence x : in.subList(first, last)) {
        out.add(new Sentence(obfuscate(x.text(), source.place, own.place), x.stock()));
        f.add(!x.stock());
      }
      int target = l + 1;
      copy.sections.get(target).addAll(0, out);
      flags.get(target).addAll(0, f);
    }
    copy.copied.addAll(flags);
    Report r = copy.toReport(sourceReport.id());
    return new Case(r, "PARTIAL_COPY", sourceReport.id(), truth(copy, r, sourceReport.id()));
  }

  /** Spans of the report text made of copied sentences (adjacent ones merged). */
  private static List<TruePassage> truth(Draft d, Report r, String sourceId) {
    List<TruePassage> out = new ArrayList<>();
    String text = r.text();
    int pos = 0;
    int openStart = -1;
    int openEnd = -1;
    for (int s = 0; s < d.sections.size(); s++) {
      if (!d.headings.get(s).isEmpty()) {
        int at = text.indexOf(d.headings.get(s), pos);
        int end = at + d.headings.get(s).length();
        if (d.headingCopied.get(s)) {
          if (openStart < 0 || !text.substring(openEnd, at).isBlank()) {
            if (openStart >= 0) {
              out.add(new TruePassage(sourceId, openStart, openEnd));
            }
            openStart = at;
          }
          openEnd = end;
        } else if (openStart >= 0) {
          out.add(new TruePassage(sourceId, openStart, openEnd));
          openStart = -1;
        }
        pos = end;
      }
      for (int k = 0; k < d.sections.get(s).size(); k++) {
        String sentence = d.sections.get(s).get(k).text();
        int at = text.indexOf(sentence, pos);
        int end = at + sentence.length();
        if (d.copied.get(s).get(k)) {
          if (openStart >= 0 && text.substring(openEnd, at).isBlank()) {
            openEnd = end;
          } else {
            if (openStart >= 0) {
              out.add(new TruePassage(sourceId, openStart, openEnd));
            }
            openStart = at;
            openEnd = end;
          }
        } else if (openStart >= 0) {
          out.add(new TruePassage(sourceId, openStart, openEnd));
          openStart = -1;
        }
        pos = end;
      }
    }
    if (openStart >= 0) {
      out.add(new TruePassage(sourceId, openStart, openEnd));
    }
    return out;
  }

  /** Reposting edits: place name swapped, some punctuation half-width, some digits full-width. */
  private String obfuscate(String s, String place, String newPlace) {
    String out = s.replace(place, newPlace);
    if (random.nextBoolean()) {
      out = out.replace('，', ',').replace('：', ':').replace('；', ';');
    }
    if (random.nextInt(3) == 0) {
      StringBuilder sb = new StringBuilder(out.length());
      for (char c : out.toCharArray()) {
        sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
      }
      out = sb.toString();
    }
    return out;
  }

  private String otherPlace(String place) {
    String p;
    do {
      p = pick(STEMS) + pick(KINDS);
    } while (p.equals(place));
    return p;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
