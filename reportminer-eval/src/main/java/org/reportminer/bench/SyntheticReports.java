package org.reportminer.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.Section;
import org.reportminer.model.SourceInfo;

/**
 * A generated archive of summary reports for benchmarks: report {@code i} is built from templates
 * (headings and sentences of 活动总结 / 工作总结 with slots for places, organizations, persons,
 * themes, dates and quantities) by a random generator seeded with {@code i}, so any report can be
 * regenerated alone and the archive never has to be held in memory. The analysis is precomputed:
 * the entity lists are the names the generator put in, not what the analysis stage would find.
 *
 * <p>Reports are 600 to 1,600 characters in 3 to 5 headed sections. Thread-safe, no mutable
 * state.
 */
public final class SyntheticReports {
  static final String[] PLACE_STEMS = {
    "桐林", "柳湾", "青岚", "江北", "河西", "东城", "南山", "临江", "白沙", "云溪", "凤凰", "金水",
    "石桥", "清河", "松原", "长宁", "望海", "北塘", "西陵", "安平"
  };
  static final String[] PLACE_KINDS = {"区", "县", "市", "镇"};
  static final String[] DEPARTMENTS = {
    "文化体育局", "教育局", "科技创新局", "应急管理局", "卫生健康局", "市场监督管理局", "民政局",
    "团委", "妇联", "司法局", "第一中学", "实验小学", "人民医院", "图书馆", "消防救援大队"
  };
  static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "郭"};
  static final String[] GIVEN = {"晓明", "丽华", "建国", "海燕", "志强", "文静", "国庆", "红梅", "卫东", "春花"};
  static final String[] THEMES = {
    "安全生产月", "知识产权宣传周", "全民阅读", "消防安全", "防溺水安全教育", "垃圾分类", "文明城市创建",
    "禁毒宣传", "全民健身", "科技活动周", "国家安全教育日", "世界读书日", "法治宣传", "志愿服务",
    "环境保护", "食品安全", "乡村振兴", "网络安全宣传周", "爱国卫生月", "防灾减灾"
  };
  static final String[][] CATEGORIES = {
    {"工作总结"}, {"工作总结", "活动总结"}, {"工作总结", "年度总结"}, {"述职报告"}, {"政府工作报告"}
  };
  static final String[] TITLES = {
    "{place}{year}年{theme}活动总结", "{org}{year}年{theme}工作总结", "关于开展{theme}活动的总结",
    "{year}年{org}{theme}工作情况报告", "{place}{theme}宣传活动总结"
  };
  static final String[] HEADINGS = {
    "高度重视，精心组织", "广泛宣传，营造氛围", "突出重点，注重实效", "形式多样，亮点纷呈",
    "强化督查，狠抓落实", "存在的问题和不足", "下一步工作打算", "分工明确，协调配合"
  };
  static final String[] SENTENCES = {
    "为深入开展{theme}活动，{org}高度重视，成立了以{person}为组长的领导小组，制定了详细的实施方案。",
    "{date}，{org}在{place}中心广场举办了{theme}主题宣传活动，现场发放宣传资料{n}余份。",
    "活动期间共悬挂横幅{m}条，张贴海报{n}张，接受群众咨询{n}人次。",
    "通过微信公众号、政务网站等平台发布{theme}相关信息{m}条，阅读量累计超过{n}次。",
    "{org}组织开展了{theme}知识竞赛，共有{m}个单位{n}名干部职工参加。",
    "各单位结合自身实际，认真查找薄弱环节，共排查隐患{m}处，已整改到位{m}处。",
    "{person}同志亲自带队深入基层一线，检查指导{theme}各项工作的落实情况。",
    "我们坚持问题导向，把{theme}与日常业务工作紧密结合，做到同部署、同检查、同考核。",
    "活动覆盖{place}所有街道和社区，参与群众达{n}人次，取得了良好的社会效果。",
    "虽然取得了一定成效，但也存在宣传形式单一、群众参与积极性不高等问题。",
    "下一步，我们将进一步完善长效机制，推动{theme}工作常态化、制度化。",
    "{date}，{org}联合{org2}开展了专题培训，邀请专家为{n}名学员进行授课。",
    "在{date}至{date2}期间，{place}共组织各类宣传活动{m}场次，投入经费{n}元。",
    "各学校利用班会、国旗下讲话等形式开展{theme}教育，覆盖学生{n}人。",
    "志愿者们走进社区、企业和农村，为群众讲解{theme}相关知识，发放宣传手册{n}册。",
    "本次活动得到了上级部门的充分肯定，{org}被评为{year}年度{theme}工作先进单位。",
    "今后我们将认真总结经验，查找不足，切实把{theme}各项工作抓实抓好。",
    "{org}按照“{theme}，人人参与”的要求，组织了形式多样的主题活动。",
    "全年共受理群众来电来信{m}件，办结率达到百分之{pct}。",
    "通过开展此次活动，进一步增强了广大群众的{theme}意识，营造了良好的社会氛围。"
  };

  private final long seed;

  /** An archive whose report {@code i} depends only on {@code seed} and {@code i}. */
  public SyntheticReports(long seed) {
    this.seed = seed;
  }

  /** Report number {@code i} with its precomputed analysis. */
  public AnalyzedReport report(int i) {
    Random r = new Random(seed * 1_000_003L + i);
    String place = pick(r, PLACE_STEMS) + pick(r, PLACE_KINDS);
    String org = place + pick(r, DEPARTMENTS);
    String org2 = pick(r, PLACE_STEMS) + pick(r, PLACE_KINDS) + pick(r, DEPARTMENTS);
    String person = pick(r, SURNAMES) + pick(r, GIVEN);
    String theme = pick(r, THEMES);
    int year = 2015 + r.nextInt(10);
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(28);
    String published = String.format("%d-%02d-%02d", year, month, day);
    Slots slots = new Slots(place, org, org2, person, theme, year, r);

    StringBuilder text = new StringBuilder();
    List<Section> sections = new ArrayList<>();
    text.append(slots.fill(SENTENCES[0])).append(slots.fill(pick(r, SENTENCES)));
    int sectionCount = 3 + r.nextInt(3);
    String[] numbers = {"一", "二", "三", "四", "五"};
    List<String> headings = new ArrayList<>(List.of(HEADINGS));
    java.util.Collections.shuffle(headings, r);
    List<int[]> bounds = new ArrayList<>();
    for (int s = 0; s < sectionCount; s++) {
      text.append('\n');
      int start = text.length();
      String heading = numbers[s] + "、" + headings.get(s);
      text.append(heading);
      int sentences = 2 + r.nextInt(4);
      for (int k = 0; k < sentences; k++) {
        text.append('\n').append(slots.fill(pick(r, SENTENCES)));
      }
      bounds.add(new int[] {start, heading.length()});
    }
    for (int s = 0; s < bounds.size(); s++) {
      int start = bounds.get(s)[0];
      int end = s + 1 < bounds.size() ? bounds.get(s + 1)[0] - 1 : text.length();
      sections.add(new Section(text.substring(start, start + bounds.get(s)[1]), 1, start, end));
    }
    String title = slots.fill(pick(r, TITLES));
    String path = "synthetic/" + (i / 1000) + "/" + i + ".html";
    SourceInfo source = new SourceInfo(path, null, ReportId.sha256Hex(
        (seed + ":" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "text/html", "UTF-8", 1, 1);
    Report report = new Report(ReportId.of(path, 1), source, title, published,
        List.of(CATEGORIES[r.nextInt(CATEGORIES.length)]), text.toString(), sections);
    return new AnalyzedReport(report, distinct(org, org2), List.of(person), distinct(place),
        List.of(), List.of(new DateValue(published, published, 0, 0)), List.of(), List.of(theme),
        List.of(theme));
  }

  private static List<String> distinct(String... values) {
    return List.copyOf(new LinkedHashSet<>(List.of(values)));
  }

  static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  /** The slot values of one report; numbers and dates are drawn fresh at each use. */
  private record Slots(String place, String org, String org2, String person, String theme,
      int year, Random r) {
    String fill(String template) {
      int m1 = 1 + r.nextInt(12);
      int d1 = 1 + r.nextInt(20);
      return template
          .replace("{place}", place)
          .replace("{org2}", org2)
          .replace("{org}", org)
          .replace("{person}", person)
          .replace("{theme}", theme)
          .replace("{year}", Integer.toString(year))
          .replace("{date2}", m1 + "月" + (d1 + 1 + r.nextInt(7)) + "日")
          .replace("{date}", m1 + "月" + d1 + "日")
          .replace("{n}", Integer.toString(10 * (5 + r.nextInt(500))))
          .replace("{m}", Integer.toString(2 + r.nextInt(40)))
          .replace("{pct}", "九十" + "一二三四五六七八九".charAt(r.nextInt(9)));
    }
  }
}
