package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "三十七, 37", "十, 10", "十二, 12", "二十, 20", "一百零五, 105", "一百一十, 110", "两千, 2000",
    "两万三千, 23000", "三万五千, 35000", "一亿五千万, 150000000", "万, 10000", "二〇二三, 2023",
    "一九九八, 1998", "叁拾, 30", "零, 0"
  })
  void reads(String numeral, long value) {
    assertEquals(value, ChineseNumerals.parse(numeral).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "三五十", "十百", "abc", "三个"})
  void rejects(String text) {
    assertTrue(ChineseNumerals.parse(text).isEmpty(), text);
  }
}
