package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportminer.model.Section;

/** Table tests for section headings: styles, levels, offsets, and lines that only look like headings. */
class SectionFinderTest {
  private final SectionFinder finder = new SectionFinder();

  /** A one-paragraph report: the expected heading and level, or null heading for "not a heading". */
  static Stream<Arguments> single() {
    return Stream.of(
        Arguments.of("一、分工明确、组织有序", "一、分工明确、组织有序", 1),
        Arguments.of("一．加强组织领导", "一．加强组织领导", 1),
        Arguments.of("第一部分 2023年工作回顾", "第一部分 2023年工作回顾", 1),
        Arguments.of("第一章 总则", "第一章 总则", 1),
        Arguments.of("（一）开展知识竞赛", "（一）开展知识竞赛", 2),
        Arguments.of("(一) 开展“保护知识产权”知识竞赛。为了增强机关和企事业单位工作人员保护知识产权的意识，普及相关知识。",
            "(一) 开展“保护知识产权”知识竞赛", 2),
        Arguments.of("1. 加强宣传教育。学校通过国旗下讲话等形式反复讲解。", "1. 加强宣传教育", 3),
        Arguments.of("1、强化家校联动", "1、强化家校联动", 3),
        Arguments.of("１．全角数字的标题", "１．全角数字的标题", 3),
        Arguments.of("（1）完善制度", "（1）完善制度", 4),
        Arguments.of("1）完善制度", "1）完善制度", 4),
        Arguments.of("①建立台账", "①建立台账", 5),
        Arguments.of("一、存在问题：一是经费不足，二是人员偏少。", "一、存在问题", 1),
        // not headings
        Arguments.of("一是缺乏宣传资料，二是资金紧缺，三是群众参与积极性不高。", null, 0),
        Arguments.of("1. 5万元的专项资金已经全部到位，用于改善办公条件。", null, 0),
        Arguments.of("1.5万元的专项资金已经全部到位，用于改善办公条件。", null, 0),
        Arguments.of("12.5%的增长率高于全市平均水平，位居全区第一。", null, 0),
        Arguments.of("2023.4.26世界知识产权日当天，我们开展了宣传活动。", null, 0),
        Arguments.of("一方面加强学习，另一方面注重实践。", null, 0),
        Arguments.of("(一)4月20日组织__德胜农林科技有限公司、定州市恒宇机械科技有限公司等企业座谈宣传，使企业领导真正认识到知识产权保护的重要性。",
            null, 0),
        Arguments.of("一、", null, 0),
        Arguments.of("今年共完成以下工作：1. 培训 2. 检查 3. 整改", null, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("single")
  void headingOrNot(String paragraph, String heading, int level) {
    List<Section> s = finder.find(paragraph);
    if (heading == null) {
      assertEquals(List.of(), s, paragraph);
    } else {
      assertEquals(List.of(new Section(heading, level, 0, paragraph.length())), s);
    }
  }

  @Test
  void offsetsAndEndsFollowTheHierarchy() {
    String text = String.join("\n",
        "今年以来，我们扎实推进各项工作。",   // 0..16
        "一、主要工作",                      // 17
        "（一）抓学习",
        "组织集中学习12次。",
        "（二）抓落实",
        "二、存在问题",
        "人员偏少。");
    List<Section> s = finder.find(text);
    int h1 = text.indexOf("一、主要工作");
    int p1 = text.indexOf("（一）抓学习");
    int p2 = text.indexOf("（二）抓落实");
    int h2 = text.indexOf("二、存在问题");
    assertEquals(
        List.of(
            new Section("一、主要工作", 1, h1, h2),
            new Section("（一）抓学习", 2, p1, p2),
            new Section("（二）抓落实", 2, p2, h2),
            new Section("二、存在问题", 1, h2, text.length())),
        s);
    for (Section sec : s) {
      assertTrue(text.startsWith(sec.heading(), sec.start()), "heading text sits at its start offset: " + sec);
    }
  }

  @Test
  void numbersMustContinueTheirSequence() {
    // a stray "3、" without 1 and 2 is a list item in running text, not a heading
    String text = "前言部分。\n3、第三点内容\n一、总体情况\n三、跳过了二\n二、第二部分";
    List<String> headings = finder.find(text).stream().map(Section::heading).toList();
    assertEquals(List.of("一、总体情况", "二、第二部分"), headings);
  }

  @Test
  void subNumberingRestartsUnderEachHeading() {
    String text = "一、甲方工作\n（一）甲方一项\n（二）甲方二项\n二、乙方工作\n（一）乙方一项\n（二）乙方二项";
    assertEquals(6, finder.find(text).size());
  }

  @Test
  void partsPushEnumeratedHeadingsDown() {
    String text = "第一部分 回顾\n一、成绩\n（一）经济\n第二部分 计划\n一、目标";
    List<Section> s = finder.find(text);
    assertEquals(List.of(1, 2, 3, 1, 2), s.stream().map(Section::level).toList());
    assertEquals(text.indexOf("第二部分"), s.get(0).end());
  }

  @Test
  void offsetsCountUtf16UnitsAcrossSurrogatePairs() {
    String text = "𠀀𠀁是扩展区汉字。\n一、标题";
    Section s = finder.find(text).get(0);
    assertEquals(text.indexOf("一、"), s.start());
    assertEquals(12, s.start()); // two surrogate pairs count 4 units, then 7 chars and the newline
  }

  @Test
  void unnumberedHeadingsWhenNoNumberedTopLevelExists() {
    String text = String.join("\n",
        "为深入开展保护知识产权宣传教育，营造良好社会环境，现将我市开展知识产权宣传周活动作如下总结",
        "高度重视、精心组织，充分做好活动准备工作",
        "为开展好知识产权宣传周活动，我局精心组织，局长亲自负责，制定了今年的宣传周活动实施方案，明确了活动要求。",
        "突出主题，形式多样，注重实效",
        "我局根据今年的宣传主题，结合我市实际情况，在宣传活动周期间组织了形式多样的宣传活动，取得了良好的效果",
        "（一）4月20日组织企业座谈宣传，使企业领导和广大技术员工真正认识到知识产权保护的重要性和必要性，增强了意识。",
        "活动存在的困难和问题",
        "今年的知识产权宣传周活动虽然取得了一定的效果，但还存在许多困难和问题，一是缺乏资料，二是资金紧缺。",
        "定州市知识产权局",
        "2023年4月28日");
    List<Section> s = finder.find(text);
    assertEquals(List.of("高度重视、精心组织，充分做好活动准备工作", "突出主题，形式多样，注重实效", "活动存在的困难和问题"),
        s.stream().map(Section::heading).toList());
    assertTrue(s.stream().allMatch(x -> x.level() == 1));
    assertEquals(text.indexOf("突出主题"), s.get(0).end());
    assertTrue(text.startsWith("突出主题", s.get(1).start()));
  }

  @Test
  void unnumberedLinesAreNotHeadingsBesideNumberedOnesOrAlone() {
    // numbered top-level headings exist: a short bare line is a lead-in, not a heading
    String numbered = "开头一段文字，说明本次活动的总体情况和背景，现总结如下。\n一、基本情况\n总体来看成效明显\n"
        + "本次活动覆盖全区所有街道和社区，参与群众达到五千余人次，发放各类资料一万余份，效果良好。\n二、存在问题\n问题在于经费不足。";
    assertEquals(List.of("一、基本情况", "二、存在问题"), finder.find(numbered).stream().map(Section::heading).toList());
    // one bare line alone is not a pattern; a signature line before a date is not a heading
    String single = "开头一段文字，说明本次活动的总体情况和背景。\n总体来看成效明显\n"
        + "本次活动覆盖全区所有街道和社区，参与群众达到五千余人次，发放各类资料一万余份，效果良好。\n柳湾区文化体育局\n2023年6月30日";
    assertEquals(List.of(), finder.find(single));
  }
}
