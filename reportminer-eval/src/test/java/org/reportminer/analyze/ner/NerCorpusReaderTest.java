package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerCorpusReaderTest {

  private static List<TaggedSentence> read(String text, NerCorpusReader.Format f) throws IOException {
    return NerCorpusReader.read(new StringReader(text), f);
  }

  private static String spans(TaggedSentence s) {
    StringBuilder sb = new StringBuilder();
    for (TaggedSentence.Span sp : s.spans()) {
      sb.append(s.text(), sp.start(), sp.end()).append('/').append(sp.label().nature()).append(' ');
    }
    return sb.toString().trim();
  }

  @Test
  void bioColumnsWithAdjacentEntitiesAndSentenceBreaks() throws IOException {
    String bio =
        "张\tB-PER\n三\tI-PER\n在\tO\n北\tB-LOC\n京\tI-LOC\n市\tB-ORG\n委\tI-ORG\n\n"
            + "好\tO\n\n\n";
    List<TaggedSentence> s = read(bio, NerCorpusReader.Format.BIO);
    assertEquals(2, s.size());
    assertEquals("张三在北京市委", s.get(0).text());
    // A B- tag right after another entity starts a new one even without an O between them.
    assertEquals("张三/nr 北京/ns 市委/nt", spans(s.get(0)));
    assertEquals("", spans(s.get(1)));
  }

  @Test
  void bioTypeChangeInsideRunStartsANewSpan() throws IOException {
    List<TaggedSentence> s = read("甲\tB-PER\n乙\tI-LOC\n丙\tI-LOC\n", NerCorpusReader.Format.BIO);
    assertEquals("甲/nr 乙丙/ns", spans(s.get(0)));
  }

  @Test
  void bmesMapsNameOrgLocAndDropsOtherTypes() throws IOException {
    String bmes =
        "高 B-NAME\n勇 E-NAME\n， O\n任 O\n经 B-TITLE\n理 E-TITLE\n于 O\n"
            + "华 B-ORG\n为 E-ORG\n京 S-LOC\n大 B-EDU\n学 E-EDU\n";
    List<TaggedSentence> s = read(bmes, NerCorpusReader.Format.BMES);
    assertEquals("高勇/nr 华为/nt 京/ns", spans(s.get(0)));
    assertEquals(List.of("B-nr", "E-nr", "O", "O", "O", "O", "O", "B-nt", "E-nt", "S-ns", "O", "O"),
        s.get(0).tags());
  }

  @Test
  void clueNerObjectsBackToBackWithInclusiveEnds() throws IOException {
    String json =
        "{\n  \"text\": \"青岚市政府与李明在江南会面\",\n  \"label\": {\n"
            + "    \"government\": {\"青岚市政府\": [[0, 4]]},\n"
            + "    \"name\": {\"李明\": [[6, 7]]},\n"
            + "    \"game\": {\"江南\": [[9, 10]]}\n  }\n}\n"
            + "{\"text\": \"李明李明\", \"label\": {\"name\": {\"李明\": [[0, 1], [2, 3]]}}}";
    List<TaggedSentence> s = read(json, NerCorpusReader.Format.CLUENER);
    assertEquals(2, s.size());
    assertEquals("青岚市政府/nt 李明/nr", spans(s.get(0)));
    assertEquals("李明/nr 李明/nr", spans(s.get(1)));
  }

  @Test
  void bosonInlineMarkupIntoSentences() throws IOException {
    String boson =
        "{{location:青岚市}}讯（记者{{person_name: 李明}}）{{time:4月}}，{{org_name:青岚市教育局}}在"
            + "{{product_name:微信}}发布通知。“好！”\\n\\n{{company_name:{{company_name:云溪公司}}}}称{{不是标记}}。\n"
            + "{{person_name:赵强}}说：{{location:云溪县。\n";
    List<TaggedSentence> s = read(boson, NerCorpusReader.Format.BOSON);
    assertEquals(4, s.size());
    assertEquals("青岚市讯（记者 李明）4月，青岚市教育局在微信发布通知。", s.get(0).text());
    assertEquals("青岚市/ns 李明/nr 青岚市教育局/nt", spans(s.get(0)));
    assertEquals("“好！”", s.get(1).text());
    assertEquals("云溪公司称{{不是标记}}。", s.get(2).text());
    assertEquals("云溪公司/nt", spans(s.get(2)));
    // an unclosed mention is text
    assertEquals("赵强说：{{location:云溪县。", s.get(3).text());
    assertEquals("赵强/nr", spans(s.get(3)));
  }

  @Test
  void labelMappingFollowsTheRecipe() {
    assertEquals(NerLabel.ORG, NerCorpusReader.label("company_name"));
    assertEquals(NerLabel.ORG, NerCorpusReader.label("org_name"));
    assertEquals(NerLabel.PERSON, NerCorpusReader.label("person_name"));
    assertEquals(NerLabel.PLACE, NerCorpusReader.label("location"));
    assertEquals(null, NerCorpusReader.label("product_name"));
    assertEquals(null, NerCorpusReader.label("time"));
    assertEquals(NerLabel.ORG, NerCorpusReader.label("company"));
    assertEquals(NerLabel.ORG, NerCorpusReader.label("government"));
    assertEquals(NerLabel.ORG, NerCorpusReader.label("organization"));
    assertEquals(NerLabel.PERSON, NerCorpusReader.label("NAME"));
    assertEquals(NerLabel.PLACE, NerCorpusReader.label("address"));
    assertEquals(null, NerCorpusReader.label("TITLE"));
    assertEquals(null, NerCorpusReader.label("scene"));
  }
}
