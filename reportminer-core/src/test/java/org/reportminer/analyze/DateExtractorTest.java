package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportminer.model.DateValue;

/** Table tests for {@link DateExtractor}: one row per form, with the negatives beside them. */
class DateExtractorTest {
  private static final DateExtractor DATES = new DateExtractor();
  private static final Pattern VALUE =
      Pattern.compile("[\\dX]{4}(-[\\dX]{2}){0,2}(/[\\dX]{4}(-[\\dX]{2}){0,2})?");

  /** "text=value" pairs of the dates in {@code text} under a 2023 title, published 2022-10-05. */
  private static String dates(String text) {
    return dates(text, "2023年工作总结", "2022-10-05");
  }

  private static String dates(String text, String title, String published) {
    StringBuilder sb = new StringBuilder();
    for (DateValue d : DATES.extract(text, title, published)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(d.text()).append('=').append(d.value());
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023年4月26日召开 | 2023年4月26日=2023-04-26",
        "2023年4月 | 2023年4月=2023-04",
        "2012 年 6 月，我们 | 2012 年 6 月=2012-06",
        "于 10 月 7 日举行 | 10 月 7 日=2023-10-07",
        "2023年是大运年 | 2023年=2023",
        "2022年度工作 | 2022年度=2022",
        "二〇二三年四月 | 二〇二三年四月=2023-04",
        "二○二二年十二月二十六日 | 二○二二年十二月二十六日=2022-12-26",
        "２０２３年１２月３１日 | ２０２３年１２月３１日=2023-12-31",
        "2023-04-26 | 2023-04-26=2023-04-26",
        "2023.4.26 | 2023.4.26=2023-04-26",
        "4月26日 | 4月26日=2023-04-26",
        "3月份 | 3月份=2023-03",
        "开展“4·26”宣传周 | 4·26=2023-04-26",
        "今年的4.26“世界知识产权日” | 今年=2023 4.26=2023-04-26",
        "2023年4.26世界知识产权日 | 2023年4.26=2023-04-26",
        "4月20日至26日 | 4月20日至26日=2023-04-20/2023-04-26",
        "4月20日至5月20日 | 4月20日至5月20日=2023-04-20/2023-05-20",
        "4月20-26日 | 4月20-26日=2023-04-20/2023-04-26",
        "1—6月 | 1—6月=2023-01/2023-06",
        "2022年至2023年 | 2022年至2023年=2022/2023",
        "4月初 | 4月初=2023-04",
        "3月底 | 3月底=2023-03",
        "4月中旬 | 4月中旬=2023-04",
        "上半年 | 上半年=2023-01/2023-06",
        "今年上半年 | 今年上半年=2023-01/2023-06",
        "下半年 | 下半年=2023-07/2023-12",
        "第一季度 | 第一季度=2023-01/2023-03",
        "第四季度 | 第四季度=2023-10/2023-12",
        "年初 | 年初=2023",
        "2023年底 | 2023年底=2023",
        "去年同期 | 去年=2022",
        "明年 | 明年=2024",
        "今年6月 | 今年6月=2023-06",
        "20__年 | 20__年=20XX",
        "20XX年4月 | 20XX年4月=20XX-04",
        "20__年4月17日至23日 | 20__年4月17日至23日=20XX-04-17/20XX-04-23",
      })
  void readsEachForm(String text, String expected) {
    assertEquals(expected, dates(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "绿书签行动2023",
        "共3.5万元",
        "1000余份",
        "历时3个月",
        "5年来",
        "上午10时",
        "2月30日",
        "20234.26世界",
        "一日三餐",
        "全年",
        "近年来",
        "PM2.5",
      })
  void readsNoDateIn(String text) {
    assertEquals("", dates(text));
  }

  @Test
  void dayWithoutMonthTakesTheEarlierMonth() {
    assertEquals("4月初=2023-04 26日=2023-04-26", dates("主办方于4月初开展竞赛。在26日的活动现场"));
  }

  @Test
  void yearlessDatesTakeTheTitleYearFirst() {
    assertEquals("20__年=20XX 4月20日至26日=2023-04-20/2023-04-26",
        dates("按照《20__年__省活动方案》，4月20日至26日开展", "2023世界知识产权日活动总结", "2022-10-05"));
  }

  @Test
  void ofSeveralTitleYearsTheOneTheTextLastWroteCounts() {
    String title = "柳湾街道办事处2022年工作总结和2023年工作思路";
    assertEquals("2022年=2022 去年=2021 2023年=2023 上半年=2023-01/2023-06",
        dates("2022年，各项工作完成。比去年增长。2023年，街道将推动综合体上半年开业。", title, "2023-01-05"));
    // before the text writes one of them, the title's first year
    assertEquals("上半年=2022-01/2022-06", dates("上半年完成。", title, "2023-01-05"));
    // a year the title does not name is no context while the title has years
    assertEquals("2019年=2019 上半年=2022-01/2022-06", dates("2019年建成。上半年完成。", title, "2023-01-05"));
    // one title year: it wins over the text's later years, as before
    assertEquals("2024年=2024 上半年=2023-01/2023-06", dates("2024年计划。上半年完成。"));
  }

  @Test
  void withoutATitleYearEarlierDatesThenPublicationCount() {
    assertEquals("2021年=2021 3月5日=2021-03-05", dates("2021年工作。3月5日召开", "工作总结", "2022-01-01"));
    assertEquals("3月5日=2022-03-05", dates("3月5日召开", "工作总结", "2022-01-01"));
    assertEquals("3月5日=XXXX-03-05", dates("3月5日召开", "工作总结", null));
  }

  @Test
  void placeholderYearsPropagate() {
    assertEquals("20__年=20XX 4月23日=20XX-04-23 今年=20XX",
        dates("20__年工作。4月23日下午开展讲座，今年", "读书日活动总结", "2023-05-01"));
  }

  @Test
  void everyValueParsesAndEveryOffsetPointsAtItsText() {
    Random random = new Random(42);
    String alphabet = "0123456789０１２３年月日号至到-—~·.初底上下半今去明第一二三四五六七八九十〇○_X季度份旬中 的了区局";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      List<DateValue> found = DATES.extract(text, random.nextBoolean() ? "2023年总结" : null, random.nextBoolean() ? "2022-10-05" : null);
      int last = 0;
      for (DateValue d : found) {
        assertEquals(text.substring(d.start(), d.end()), d.text(), text);
        assertTrue(d.start() >= last, "dates are in order and do not overlap: " + text);
        last = d.end();
        assertTrue(VALUE.matcher(d.value()).matches(), d.value() + " from " + text);
      }
    }
  }
}
