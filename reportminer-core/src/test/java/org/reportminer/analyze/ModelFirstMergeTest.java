package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.nlp.DomainLexicon;

/** The model-first merge: what each rule family lets the rules change in the model's mentions. */
class ModelFirstMergeTest {
  private static final DomainLexicon LEXICON = DomainLexicon.shipped();

  private static Mention m(EntityType type, String text, int start) {
    return new Mention(type, text, start, start + text.length());
  }

  private static List<Mention> merge(EnumSet<RuleFamily> families, List<Mention> model, List<Mention> rules) {
    return new ModelFirstMerge(families, LEXICON).merge(model, rules);
  }

  private static final List<Mention> MODEL = List.of(
      m(EntityType.PERSON, "张建", 0), m(EntityType.ORG, "中国国民党", 10), m(EntityType.PLACE, "重庆", 20));
  private static final List<Mention> RULES = List.of(
      m(EntityType.PERSON, "张建国", 0), m(EntityType.PLACE, "北京", 30), m(EntityType.ORG, "研究会", 40));

  @Test
  void withNoFamilyTheModelsMentionsStandAsTheyAre() {
    assertEquals(MODEL, merge(EnumSet.noneOf(RuleFamily.class), MODEL, RULES));
  }

  @Test
  void withEveryFamilyTheRulesMentionsStandAsTheyAre() {
    assertEquals(RULES, merge(EnumSet.allOf(RuleFamily.class), MODEL, RULES));
  }

  @Test
  void anExtensionReplacesTheModelsSpanOnlyWhenItsFamilyIsOn() {
    List<Mention> out = merge(EnumSet.of(RuleFamily.EXTEND_PERSON), MODEL, RULES);
    assertEquals(List.of(m(EntityType.PERSON, "张建国", 0), m(EntityType.ORG, "中国国民党", 10), m(EntityType.PLACE, "重庆", 20)), out);
    assertEquals(MODEL, merge(EnumSet.of(RuleFamily.EXTEND_ORG, RuleFamily.EXTEND_PLACE), MODEL, RULES));
  }

  @Test
  void aRuleAddsOnlyNamesADictionaryKnowsWithThatType() {
    List<Mention> out = merge(EnumSet.of(RuleFamily.ADD_PLACE, RuleFamily.ADD_ORG), MODEL, RULES);
    // 北京 is a place in HanLP's dictionary; 研究会 is a common noun, never an added organization
    assertEquals(List.of(MODEL.get(0), MODEL.get(1), MODEL.get(2), m(EntityType.PLACE, "北京", 30)), out);
  }

  @Test
  void aModelNameTheRulesDropStaysUnlessItsRemovalFamilyIsOn() {
    List<Mention> rules = List.of(m(EntityType.PERSON, "张建", 0));
    assertEquals(MODEL, merge(EnumSet.of(RuleFamily.REMOVE_PERSON), MODEL, rules));
    assertEquals(List.of(MODEL.get(0), MODEL.get(2)), merge(EnumSet.of(RuleFamily.REMOVE_ORG), MODEL, rules));
  }

  @Test
  void aNewTypeOrAShorterSpanNeedsItsFamily() {
    List<Mention> model = List.of(m(EntityType.PLACE, "川九小学", 0), m(EntityType.PERSON, "刘晓亲", 10));
    List<Mention> rules = List.of(m(EntityType.ORG, "川九小学", 0), m(EntityType.PERSON, "刘晓", 10));
    assertEquals(model, merge(EnumSet.noneOf(RuleFamily.class), model, rules));
    assertEquals(List.of(rules.get(0), model.get(1)), merge(EnumSet.of(RuleFamily.RETYPE), model, rules));
    assertEquals(List.of(model.get(0), rules.get(1)), merge(EnumSet.of(RuleFamily.TRIM), model, rules));
  }
}
