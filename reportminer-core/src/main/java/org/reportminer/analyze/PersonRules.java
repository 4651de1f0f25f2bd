package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.Token;

/**
 * Person rules on top of a recognizer. A person name here is two to four Han characters starting
 * with a family name from the lexicon's list (or a name the user dictionary lists), that is not a
 * common word in HanLP's dictionary and does not end like a site, organization or place ("范文网",
 * "某某局"). Names are also found next to a title or post: after it ("局长刘晓", "小明星吴介贤") and
 * before it ("刘晓同志"), where the recognizer missed them.
 *
 * <p>Stateless apart from the lexicon; thread-safe.
 */
final class PersonRules {
  /** Last characters of sites, organizations and places, never of a person's name. */
  private static final String NON_NAME_ENDINGS = "网站局会区市县省镇乡村所院校厂店馆队部办委处司社团组室报刊";

  private final DomainLexicon lexicon;
  private final NameCache isPersonCache = new NameCache(this::isPersonUncached);

  PersonRules(DomainLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Person mentions of one sentence, in order, possibly overlapping other types. */
  List<Mention> find(Pieces p, List<Mention> recognized) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : recognized) {
      if (isPerson(m.text()) && !afterNumber(p, m.start()) && !partOfAnotherName(p, m)
          && (!AMBIGUOUS_SURNAMES.contains(m.text().substring(0, 1)) || nextToTitle(p, m))) {
        out.add(m);
      }
    }
    for (int k = 0; k < p.size(); k++) {
      Token t = p.get(k);
      if (p.has(k, DomainLexicon.KNOWN_PERSON)) {
        out.add(new Mention(EntityType.PERSON, t.word(), t.start(), t.end()));
      }
      if (!isTitle(p, k)) {
        continue;
      }
      Mention after = nameAfter(p, k);
      if (after != null) {
        out.add(after);
      }
      Mention before = nameBefore(p, k);
      if (before != null) {
        out.add(before);
      }
    }
    return OrganizationRules.resolve(out);
  }

  /** A title or role word, also inside a longer word: 局长, 小明星 (明星), 形象大使 (大使). */
  private boolean isTitle(Pieces p, int k) {
    Token t = p.get(k);
    String w = t.word();
    return p.has(k, DomainLexicon.TITLE) || t.nature().equals("nnt") || lexicon.endsWithTitle(w);
  }

  private static boolean isNameChar(Token t) {
    String w = t.word();
    String n = t.nature();
    if (n.startsWith("nr")) {
      return true;
    }
    if (w.length() == 1) {
      return TokenTraits.isHan(w) && TokenTraits.FUNCTION_CHARS.indexOf(w.charAt(0)) < 0 && !n.startsWith("w");
    }
    // 蔡/nz 文杰/nz: a two-character given name the segmenter tagged as some noun
    return w.length() == 2 && TokenTraits.isHan(w) && (n.equals("nz") || n.equals("ng") || n.equals("j"));
  }

  /** Whether {@code name} passes as a person's name. */
  boolean isPerson(String name) {
    return isPersonCache.test(name);
  }

  private boolean isPersonUncached(String name) {
    if (lexicon.isKnownPerson(name)) {
      return true;
    }
    int len = name.codePointCount(0, name.length());
    if (len < 2 || len > 4 || !TokenTraits.isHan(name)) {
      return false;
    }
    int surname = lexicon.surnameLength(name);
    if (surname == 0 || len - surname < 1 || len - surname > 2) {
      return false;
    }
    if (NON_NAME_ENDINGS.indexOf(name.charAt(name.length() - 1)) >= 0) {
      return false;
    }
    if (lexicon.isTitle(name) || lexicon.isOrgSuffix(name) || TokenTraits.isCommonWord(name, "nr")) {
      return false;
    }
    if (len == 3 && surname == 1 && frequentCommonWord(name.substring(0, 2))) {
      return false; // 安全月, 安全法: a common word plus a character
    }
    String given = name.substring(name.offsetByCodePoints(0, surname));
    if (lexicon.isTitle(given) || KINSHIP.contains(given)) {
      return false; // 王局长, 刘奶奶
    }
    for (int k = 0; k < given.length(); k++) {
      if (NOT_IN_GIVEN_NAMES.indexOf(given.charAt(k)) >= 0) {
        return false; // 余人, 全月共, 区里, 班和
      }
    }
    return !TokenTraits.isDictionaryPlace(name);
  }

  private static boolean frequentCommonWord(String w) {
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
    return a != null && a.totalFrequency >= 100 && !a.nature[0].toString().startsWith("nr");
  }

  /** Kinship and address words that follow a surname without being a given name. */
  private static final java.util.Set<String> KINSHIP =
      java.util.Set.of("奶奶", "爷爷", "大爷", "大妈", "大娘", "阿姨", "叔叔", "伯伯", "婆婆", "师傅", "先生", "女士",
          "老师", "同志", "总", "工", "老", "姐", "哥", "某", "某某", "氏", "家", "姓");

  /**
   * Characters practically never found in a given name: particles, prepositions, measure words,
   * numerals, time and place words. A recognizer's "name" containing one is a misreading.
   */
  private static final String NOT_IN_GIVEN_NAMES =
      "的了着过在和与及或等是有被把将从向对为于以而且并也都就又还才很最更已再所之其此该这那个们说讲做"
          + "人册件本户副次名位里上下前后内外时年日共获到出控好区市县省镇乡村街局处科室部办委会"
          + "二三四五六七八九十百千万零两第每各本某";

  /**
   * A name glued to a noun after it names something else ("雷锋精神", "学雷锋纪念日"); a
   * two-character "name" glued to a noun before it is usually a word HanLP misread ("服务时长").
   * Titles and role words around a name are fine ("馆长陈晓梅", "赵明远老师").
   */
  private static boolean partOfAnotherName(Pieces p, Mention m) {
    int a = p.startingAt(m.start());
    int b = p.endingAt(m.end());
    if (a < 0 || b < 0) {
      return false;
    }
    if (b + 1 < p.size() && isPlainNoun(p.get(b + 1)) && p.get(b + 1).start() == m.end()) {
      return true;
    }
    return m.text().length() == 2 && a > 0 && isPlainNoun(p.get(a - 1)) && p.get(a - 1).end() == m.start();
  }

  private static boolean isPlainNoun(Token t) {
    String n = t.nature();
    return (n.equals("n") || n.equals("vn") || n.equals("nz") || n.equals("ng") || n.equals("nis")) && t.word().length() >= 2;
  }

  /**
   * Family names that are also frequent characters of ordinary words (时长, 常来, 石楠, 成林, 安全):
   * a recognizer's name starting with one counts only next to a title or role word.
   */
  private static final java.util.Set<String> AMBIGUOUS_SURNAMES =
      java.util.Set.of("时", "常", "成", "安", "石", "区", "全", "向", "应", "国", "严", "包", "班", "计", "经", "言",
          "过", "占", "门", "相", "双", "位", "居", "衣", "东", "海", "原", "南", "明", "和", "商", "师", "党",
          "宫", "景", "车", "项", "连", "解", "文", "方", "白", "路", "农", "司", "古", "于", "花", "水", "金");

  private boolean nextToTitle(Pieces p, Mention m) {
    int a = p.startingAt(m.start());
    int b = p.endingAt(m.end());
    return a > 0 && isTitle(p, a - 1) || b >= 0 && b + 1 < p.size() && isTitle(p, b + 1);
  }

  /** A "name" right after a number is the number's measure word: 1000余人 (余 is not a surname). */
  private static boolean afterNumber(Pieces p, int start) {
    int rel = start - p.sentence.start();
    if (rel <= 0) {
      return false;
    }
    char c = p.sentence.text().charAt(rel - 1);
    return Character.isDigit(c) || ChineseNumerals.CHARS.indexOf(c) >= 0 || WidthFolding.fold(c) != c && Character.isDigit(WidthFolding.fold(c));
  }

  /** 局长刘晓: up to three characters after a title, in single-character or name pieces. */
  private Mention nameAfter(Pieces p, int title) {
    int k = title + 1;
    int chars = 0;
    int end = -1;
    String best = null;
    int start = k < p.size() ? p.get(k).start() : -1;
    while (k < p.size() && chars < 3) {
      Token t = p.get(k);
      if (!isNameChar(t) || chars + t.word().length() > 3) {
        break;
      }
      chars += t.word().length();
      end = t.end();
      String candidate = p.text(start, end);
      if (chars >= 2 && isPerson(candidate) && boundaryAfter(p, k + 1)) {
        best = candidate;
        break;
      }
      k++;
    }
    return best == null ? null : new Mention(EntityType.PERSON, best, start, start + best.length());
  }

  /** 刘晓同志: two or three characters before a title, after a boundary. */
  private Mention nameBefore(Pieces p, int title) {
    int chars = 0;
    for (int k = title - 1; k >= 0 && chars < 3; k--) {
      Token t = p.get(k);
      if (!isNameChar(t) || chars + t.word().length() > 3) {
        return null;
      }
      chars += t.word().length();
      if (chars >= 2 && (k == 0 || boundaryBefore(p.get(k - 1)))) {
        String candidate = p.text(t.start(), p.get(title - 1).end());
        if (isPerson(candidate)) {
          return new Mention(EntityType.PERSON, candidate, t.start(), p.get(title - 1).end());
        }
      }
    }
    return null;
  }

  private static boolean boundaryAfter(Pieces p, int k) {
    if (k >= p.size()) {
      return true;
    }
    Token t = p.get(k);
    return TokenTraits.isPunctuation(t.word()) || TokenTraits.isFunction(t.nature())
        || t.nature().startsWith("v") || t.word().length() >= 2 && !t.nature().startsWith("nr");
  }

  private static boolean boundaryBefore(Token t) {
    return TokenTraits.isPunctuation(t.word()) || TokenTraits.isFunction(t.nature())
        || t.nature().startsWith("v") || t.nature().equals("nnt") || t.word().length() >= 2;
  }
}
