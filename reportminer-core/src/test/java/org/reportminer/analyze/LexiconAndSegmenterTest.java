package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;
import org.reportminer.model.SourceInfo;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.Token;

class LexiconAndSegmenterTest {

  @Test
  void shippedLexiconKnowsSuffixesOrgansTitlesAndSurnames() {
    DomainLexicon lex = DomainLexicon.shipped();
    for (String suffix : List.of("局", "委员会", "办公室", "协会", "大队", "中心", "有限公司", "学校", "小学")) {
      assertTrue(lex.isOrgSuffix(suffix), suffix);
    }
    assertTrue(lex.isOrgan("政府"));
    assertFalse(lex.isOrgan("中心"));
    assertEquals("有限公司", lex.orgSuffixOf("德胜农林科技有限公司"));
    assertNull(lex.orgSuffixOf("法律咨询"));
    assertTrue(lex.isTitle("局长"));
    assertEquals(2, lex.surnameLength("欧阳娜娜"));
    assertEquals(1, lex.surnameLength("刘晓"));
    assertEquals(0, lex.surnameLength("的确"));
    assertTrue(lex.isKeywordStopword("开展"));
  }

  @Test
  void userDictionaryAddsNamesOfEachKind(@TempDir Path dir) throws IOException {
    Path dict = dir.resolve("user.txt");
    Files.writeString(dict, "\uFEFF# my names\n青禾农机 nt 100\n白鹭洲 ns\n欧阳明月 nr 10\n联络处 nis\n", StandardCharsets.UTF_8);
    DomainLexicon lex = DomainLexicon.load(Optional.of(dict));
    assertTrue(lex.isKnownOrg("青禾农机"));
    assertTrue(lex.isKnownPlace("白鹭洲"));
    assertTrue(lex.isKnownPerson("欧阳明月"));
    assertTrue(lex.isOrgSuffix("联络处"));

    ReportAnalyzer analyzer = ReportAnalyzer.create(new AnalysisOptions(Optional.of(dict)));
    AnalyzedReport a = analyzer.analyze(new Report("t", new SourceInfo("t", null, "", "text/plain", "UTF-8", 1, 1),
        "总结", null, List.of(), "青禾农机与白鹭洲居民座谈，欧阳明月主持。", List.of()));
    assertEquals(List.of("青禾农机"), a.organizations());
    assertEquals(List.of("白鹭洲"), a.places());
    assertEquals(List.of("欧阳明月"), a.persons());
  }

  @Test
  void badUserDictionaryLinesAreConfigurationErrors(@TempDir Path dir) throws IOException {
    Path dict = dir.resolve("bad.txt");
    Files.writeString(dict, "好词 notanature 5\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DomainLexicon.load(Optional.of(dict)));
    assertTrue(e.getMessage().contains("bad.txt:1"), e.getMessage());
    Files.writeString(dict, "好词 n many\n", StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> DomainLexicon.load(Optional.of(dict)));
    assertThrows(IllegalArgumentException.class, () -> DomainLexicon.load(Optional.of(dir.resolve("missing.txt"))));
  }

  @Test
  void theLexiconGoesIntoThisSegmenterOnlyNeverIntoHanlpGlobals() {
    assertNull(CustomDictionary.DEFAULT.get("会员单位"), "precondition: HanLP does not know the word");
    HanlpSegmenter ours = HanlpSegmenter.withLexicon(DomainLexicon.shipped(), false);
    List<String> words = ours.segment("协会会员单位配合").stream().map(Token::word).toList();
    assertTrue(words.contains("会员单位"), words.toString());
    assertNull(CustomDictionary.DEFAULT.get("会员单位"), "HanLP's process-wide dictionary was changed");
    List<String> plain = HanlpSegmenter.plain().segment("协会会员单位配合").stream().map(Token::word).toList();
    assertFalse(plain.contains("会员单位"), plain.toString());
  }

  @Test
  void tokensCarryReportOffsets() {
    String sentence = "　区教育局，２０２３年𠀀";
    for (Token t : HanlpSegmenter.withLexicon(DomainLexicon.shipped(), true).segment(sentence, 100)) {
      assertEquals(t.word(), sentence.substring(t.start() - 100, t.end() - 100));
    }
  }
}
