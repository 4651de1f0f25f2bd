package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeExtractorTest {
  private final ThemeExtractor themes = new ThemeExtractor();

  @Test
  void quotedThemeFrames() {
    assertEquals(List.of("迎接精彩大运，保护知识产权"), themes.extract("举办了以“迎接精彩大运，保护知识产权”为主题的宣传活动"));
    assertEquals(List.of("建设知识产权强国、支撑创新驱动发展"),
        themes.extract("开展了以“建设知识产权强国、支撑创新驱动发展”为主题的宣传周。我局根据今年的宣传主题“建设知识产权强国、支撑创新驱动发展”"));
    assertEquals(List.of("人与自然和谐共生"), themes.extract("今年我国确定的主题是“人与自然和谐共生”。"));
    assertEquals(List.of("质量提升年"), themes.extract("公司将围绕“质量提升年”这一主题，力争"));
    assertEquals(List.of("青春心向党·建功新时代"), themes.extract("举办了“青春心向党·建功新时代”主题活动"));
    assertEquals(List.of("提振消费信心"), themes.extract("按照中国消费者协会确定的“提振消费信心”年主题"));
    assertEquals(List.of("重温入党誓词"), themes.extract("以\"重温入党誓词\"为题召开会议"));
  }

  @Test
  void unquotedFramesStopAtTheClause() {
    assertEquals(List.of("安全生产"), themes.extract("所以我们以安全生产为主题，开展了活动"));
    assertEquals(List.of("节约用水从我做起"), themes.extract("本次活动主题是节约用水从我做起。"));
  }

  @Test
  void namesWithoutAThemeCueAreNotThemes() {
    assertEquals(List.of(), themes.extract("开展“4·23世界读书日”主题宣传"));
    assertEquals(List.of(), themes.extract("暨“绿书签行动2023”宣传活动"));
    assertEquals(List.of(), themes.extract("学习《中华人民共和国国家安全法》"));
    assertEquals(List.of(), themes.extract(""));
  }
}
