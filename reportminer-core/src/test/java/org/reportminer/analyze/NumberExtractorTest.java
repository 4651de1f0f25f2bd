package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportminer.model.NumberValue;

/** Table tests for {@link NumberExtractor}: value, unit and approximation, and what is no quantity. */
class NumberExtractorTest {
  private static final NumberExtractor NUMBERS = new NumberExtractor();
  private static final DateExtractor DATES = new DateExtractor();

  /** "text=value unit[~]" of each quantity, dates excluded as in the analyzer. */
  private static String numbers(String text) {
    StringBuilder sb = new StringBuilder();
    for (NumberValue v : NUMBERS.extract(text, DATES.extract(text, "2023年总结", null))) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(v.text()).append('=').append(v.value().stripTrailingZeros().toPlainString())
          .append(' ').append(v.unit()).append(v.approx() ? "~" : "");
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全区共有95家文化企业 | 95家=95 家",
        "收回试卷914份 | 914份=914 份",
        "三十七名志愿者 | 三十七名=37 名",
        "发放材料1000余份 | 1000余份=1000 份~",
        "咨询100多人次 | 100多人次=100 人次~",
        "投入3.5万元 | 3.5万元=35000 元",
        "增长12% | 12%=12 %",
        "增长１２％ | １２％=12 %",
        "占百分之五 | 百分之五=5 %",
        "百分之十二点五 | 百分之十二点五=12.5 %",
        "借出图书两千余册 | 两千余册=2000 册~",
        "两万三千余册 | 两万三千余册=23000 册~",
        "近千人参加 | 近千人=1000 人~",
        "近百人 | 近百人=100 人~",
        "20多万元 | 20多万元=200000 元~",
        "1.2亿元 | 1.2亿元=120000000 元",
        "1,200元 | 1,200元=1200 元",
        "提高2.3个百分点 | 2.3个百分点=2.3 个百分点",
        "两个多小时 | 两个多小时=2 小时~",
        "两个多月 | 两个多月=2 个月~",
        "为期一个月 | 一个月=1 个月",
        "四大类 | 四大类=4 类",
        "2.2万人以上 | 2.2万人以上=22000 人~",
        "6.5%左右 | 6.5%左右=6.5 %~",
        "坚守八年 | 八年=8 年",
        "从教6年来，累计任教3年 | 3年=3 年",
        "用三年时间完成 | 三年=3 年",
        "三年级两个班 | 两个=2 个",
        "92岁的老人 | 92岁=92 岁",
        "26微克/立方米 | 26微克/立方米=26 微克/立方米",
        "1.2TB | 1.2TB=1.2 TB",
        "300家次 | 300家次=300 家次",
        "共发表 42 篇论文 | 42 篇=42 篇",
        "连续 33 个小时 | 33 个小时=33 小时",
        "用了三个小时 | 三个小时=3 小时",
        "原煤产量达到七亿七千多万吨 | 七亿七千多万吨=770000000 吨~",
        "原油达到一亿一千四百多万吨 | 一亿一千四百多万吨=114000000 吨~",
      })
  void readsEachForm(String text, String expected) {
    assertEquals(expected, numbers(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "一、分工明确",
        "（一）开展竞赛",
        "2023年4月",
        "4·26世界知识产权日",
        "第3名",
        "第22个“安全生产月”",
        "热线12345",
        "电话0312-1234567",
        "PM2.5浓度",
        "G20峰会",
        "一次生动的宣传",
        "一系列活动",
        "一批典型案例",
        "三位一体",
        "千家万户",
        "四个意识",
        "一年来",
        "十分重视",
        "市十届人大二次会议",
        "二期工程",
        "初二（3）班",
        "五、六年级的学生",
        "一、二年级不布置书面作业",
        "三至6年级",
        "高二年级化学",
        "国企改革三年行动圆满收官",
        "五年规划",
        "升级到1.2.3版",
        "第2.1.4条",
      })
  void findsNoQuantityIn(String text) {
    assertEquals("", numbers(text));
  }

  @Test
  void randomTextNeverThrowsAndOffsetsPointAtTheText() {
    Random random = new Random(7);
    String alphabet = "0123456789.,%０１２一二两三十百千万亿余多近约个名份家人次元年月日第左右以上大类_X 的了";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      List<NumberValue> found = NUMBERS.extract(text, DATES.extract(text, null, null));
      for (NumberValue v : found) {
        assertEquals(text.substring(v.start(), v.end()), v.text(), text);
        assertNotNull(v.value());
        assertTrue(v.value().signum() >= 0, text);
      }
    }
  }
}
