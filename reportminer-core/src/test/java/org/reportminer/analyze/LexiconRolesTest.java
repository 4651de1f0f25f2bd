package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.NormalizingSegmenter;
import org.reportminer.nlp.Segmenter;
import org.reportminer.nlp.Token;

/**
 * {@link DomainLexicon#roles} answers as the one-set-at-a-time predicates it stands for, for every
 * lexicon word and random strings, with and without places a report established; and keyword
 * counts added run by run give the keywords of all the tokens at once.
 */
class LexiconRolesTest {
  private static final DomainLexicon LEXICON = DomainLexicon.shipped();

  @Test
  void rolesAreThePredicates() {
    DomainLexicon withPlaces = LEXICON.withPlaces(Set.of("青岚", "柳湾"));
    List<String> words = new ArrayList<>(List.of("青岚", "柳湾", "", "局长", "办公室"));
    StringBuilder chars = new StringBuilder();
    for (DomainLexicon.Entry e : LEXICON.entries()) {
      words.add(e.word());
      chars.append(e.word());
    }
    Random random = new Random(11);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(5); k > 0; k--) {
        sb.append(chars.charAt(random.nextInt(chars.length())));
      }
      words.add(sb.toString());
    }
    for (String w : words) {
      for (DomainLexicon lex : List.of(LEXICON, withPlaces)) {
        int roles = lex.roles(w);
        assertEquals(lex.isKnownOrg(w), (roles & DomainLexicon.KNOWN_ORG) != 0, w);
        assertEquals(lex.isOrgSuffix(w), (roles & DomainLexicon.ORG_SUFFIX) != 0, w);
        assertEquals(lex.isListedPlace(w), (roles & DomainLexicon.LISTED_PLACE) != 0, w);
        assertEquals(lex.isKnownPlace(w), (roles & (DomainLexicon.LISTED_PLACE | DomainLexicon.DOCUMENT_PLACE)) != 0, w);
        assertEquals(lex.isKnownPerson(w), (roles & DomainLexicon.KNOWN_PERSON) != 0, w);
        assertEquals(lex.isTitle(w), (roles & DomainLexicon.TITLE) != 0, w);
      }
    }
  }

  @Test
  void keywordCountsByRunsGiveTheKeywordsOfAllTokens() {
    KeywordExtractor keywords = new KeywordExtractor(LEXICON, DocumentFrequencies.shipped(), 10);
    Segmenter segmenter = NormalizingSegmenter.forWords(LEXICON);
    String text = "为提高农村群众健康意识，白沙镇卫生院组织内科、外科、中医科医生到下湾村开展义诊活动。\n"
        + "义诊现场，医生为群众测量血压、血糖，发放健康宣传资料300余份。卫生院还为村民建立健康档案。\n"
        + "下湾村村委会组织村民参加健康讲座，群众健康意识明显提高。";
    List<Token> all = new ArrayList<>();
    KeywordExtractor.TermCounts counts = keywords.newCounts();
    for (Sentence s : new SentenceSplitter(40).chunks(text)) {
      List<Token> tokens = segmenter.segment(s.text(), s.start());
      all.addAll(tokens);
      counts.add(tokens);
    }
    assertEquals(keywords.keywords(all), keywords.keywords(counts));
  }
}
