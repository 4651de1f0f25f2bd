package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;

/** The shipped model, loaded from the classpath as the analysis stage loads it. */
class PerceptronEntityRecognizerTest {
  private final PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();

  private List<Mention> recognize(String sentence, int base) {
    return recognizer.recognize(sentence, List.of(), base);
  }

  private static boolean has(List<Mention> mentions, EntityType type, String text) {
    return mentions.stream().anyMatch(m -> m.type() == type && m.text().equals(text));
  }

  @Test
  void findsOrganizationsPersonsAndPlacesInReportSentences() {
    List<Mention> m = recognize("4月20日，定州市恒宇机械科技有限公司召开座谈会，局长刘晓出席并讲话。", 0);
    assertTrue(has(m, EntityType.ORG, "定州市恒宇机械科技有限公司"), m.toString());
    assertTrue(has(m, EntityType.PERSON, "刘晓"), m.toString());
    List<Mention> p = recognize("深圳市将于明年举办大运会，浙江省和云南省代表团参加。", 0);
    assertTrue(has(p, EntityType.PLACE, "深圳市"), p.toString());
    assertTrue(has(p, EntityType.PLACE, "浙江省"), p.toString());
  }

  @Test
  void offsetsPointIntoTheOriginalTextIncludingFullWidthForms() {
    String sentence = "２０２３年，王小明在杭州市西湖区调研。";
    int base = 100;
    List<Mention> m = recognize(sentence, base);
    assertTrue(!m.isEmpty());
    for (Mention x : m) {
      assertEquals(sentence.substring(x.start() - base, x.end() - base), x.text());
    }
  }

  @Test
  void emptyAndEntityFreeSentences() {
    assertEquals(List.of(), recognize("", 0));
    assertEquals(List.of(), recognize("活动取得了良好效果。", 0));
  }

  @Test
  void concurrentCallersGetTheSameAnswers() throws Exception {
    List<String> sentences =
        List.of(
            "区文化体育局、区科技创新局、区教育局共同主办了活动。",
            "小明星吴介贤在现场进行签售。",
            "和平县川九小学的师生参加了活动。",
            "向过往行人发放宣传材料1000余份。");
    List<List<Mention>> expected = new ArrayList<>();
    for (String s : sentences) {
      expected.add(recognize(s, 0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 50; round++) {
                    for (int i = 0; i < sentences.size(); i++) {
                      if (!expected.get(i).equals(recognize(sentences.get(i), 0))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
