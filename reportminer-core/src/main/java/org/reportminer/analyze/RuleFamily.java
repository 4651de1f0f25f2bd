package org.reportminer.analyze;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the rule layer may do to the NER model's mentions. The rules ({@link EntityRefiner},
 * {@link DocumentConsistency}) produce their own list of mentions; {@link ModelFirstMerge} keeps
 * each difference from the model's list only when its family is on. With every family on the
 * analysis is the rules' list; with none, the model's list as it is.
 *
 * <p>Which families are on by default was decided by what each adds on the independent sets
 * (public corpora dev splits, real reports annotated blind): docs/QUALITY.md, section "Rule
 * ablation", printed by {@code ./reportminer eval}.
 */
public enum RuleFamily {
  /**
   * A name the user dictionary ({@code --dict}) lists with its type stands wherever the rules find
   * it, replacing the model's mentions it overlaps: what the user asked for. (With the shipped
   * domain dictionary's names too it lowered MSRA dev organizations by 0.003, so it is limited to
   * the user's.)
   */
  LISTED,
  /** Organizations in text the model left untagged (suffix, quotes, lists, known names). */
  ADD_ORG,
  /** Persons in text the model left untagged (next to a title, known names). */
  ADD_PERSON,
  /** Places in text the model left untagged (known place names, stems the report established). */
  ADD_PLACE,
  /** A longer organization span around the model's ("省知识产权局" → "__省知识产权局"). */
  EXTEND_ORG,
  /** A longer person span around the model's (a given name the model cut short). */
  EXTEND_PERSON,
  /** A longer place span around the model's. */
  EXTEND_PLACE,
  /** Another type for the model's span, or for a span around it ("川九小学" place → organization). */
  RETYPE,
  /** A shorter span inside the model's, or one crossing its border ("刘晓亲" → "刘晓"). */
  TRIM,
  /** A model organization the rules drop (generic nouns, self-references such as 我局). */
  REMOVE_ORG,
  /** A model person the rules drop. */
  REMOVE_PERSON,
  /** A model place the rules drop (facilities, collective words, names inside quoted names). */
  REMOVE_PLACE,
  /**
   * A model mention of any type with no Han character in it ("Git", "Toolchain", "PMC"): the
   * model learned names from Chinese text and tags English words of software and community
   * reports far more often than it finds the names among them.
   */
  REMOVE_LATIN;

  /** Every family: the rules' own list, as the rules were written (used over HanLP's recognizers). */
  public static Set<RuleFamily> all() {
    return EnumSet.allOf(RuleFamily.class);
  }

  /** No family: the model's mentions as they are. */
  public static Set<RuleFamily> none() {
    return EnumSet.noneOf(RuleFamily.class);
  }

  /**
   * The families on by default over the NER model: those that lower no F1 on any public dev split
   * and add on the real reports' development half (measured; see the class comment).
   */
  public static Set<RuleFamily> defaults() {
    return EnumSet.of(LISTED, EXTEND_PERSON);
  }
}
