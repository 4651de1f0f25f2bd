package org.reportminer.analyze;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.Set;
import org.reportminer.nlp.DomainLexicon;

/**
 * Word classes the entity rules share: placeholders, level words, function words, words that
 * introduce an organization, determiners and references. Everything here is about a word and its
 * HanLP nature, never about a particular document. Stateless and thread-safe (HanLP's
 * dictionaries are only read).
 */
final class TokenTraits {
  private TokenTraits() {}

  /**
   * Words that come before an organization name and are never part of it: verbs and prepositions
   * that take an organization as object or agent, and conjunctions.
   */
  static final Set<String> LEFT_STOP_WORDS =
      Set.of(
          "组织", "邀请", "联合", "会同", "协同", "走访", "深入", "深入到", "前往", "来到", "到", "参观", "参加", "配合", "召开",
          "举办", "主办", "承办", "协办", "指导", "支持", "带领", "率领", "牵头", "通过", "依托", "联系", "包括", "其中", "以及",
          "还有", "和", "与", "及", "同", "由", "在", "对", "向", "为", "是", "被", "把", "将", "从", "经", "据",
          "给", "让", "等", "如", "按照", "根据", "督促", "要求", "动员", "发动", "号召", "成立", "设立", "组建", "授予",
          "荣获", "获得", "评为", "表彰", "感谢", "致", "即", "并", "且", "或", "或者", "暨", "以", "于", "向着", "受",
          "经过", "对于", "关于", "有关", "相关", "各", "各级", "全体", "广大", "所有", "其他", "部分", "一些", "多家", "多所",
          "各类", "该", "本", "我", "我们", "贵", "此", "其", "这", "那", "每", "活动", "现场", "期间", "会议", "工作",
          "日前", "代表", "新建", "改建", "扩建", "改扩建", "建成", "走进", "改造", "创建", "打造", "推进", "印发", "下发",
          "近日", "今年", "去年", "以来", "之", "的", "了", "着", "过");

  /** Characters that are words of their own (particles, prepositions), never part of a name. */
  static final String FUNCTION_CHARS = "的了着过在和与及或等是有被把将从向对为于以而且并也都就又还才很最更已再所之其此该这那个们说讲";

  /** First characters that make "X局", "X市" a reference (我局, 本单位, 全区), not a name. */
  static final String REFERENCE_CHARS = "我本该贵此其各全这那每诸某";

  /** Natures of function words, numbers, time and punctuation: never inside a name. */
  static boolean isFunction(String nature) {
    if (nature.isEmpty()) {
      return true;
    }
    char c = nature.charAt(0);
    return c == 'p' || c == 'c' || c == 'u' || c == 'd' || c == 'r' || c == 'e' || c == 'y'
        || c == 'o' || c == 'w' || c == 'q' || c == 'm' || c == 't' || c == 'f' || c == 'x'
        && !nature.equals("nx")
        || nature.equals("vshi") || nature.equals("vyou") || nature.equals("uj");
  }

  static boolean isPunctuation(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '＿' || c == '×' || c == '*' || c == '○') {
        return false;
      }
    }
    return true;
  }

  /** "__", "XX", "××", "某", "○○": a name left blank in a template. */
  static boolean isPlaceholder(String word) {
    if (word.isEmpty()) {
      return false;
    }
    boolean letters = true;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ') {
        continue;
      }
      letters = false;
      if (!(c == '_' || c == '＿' || c == '×' || c == '*' || c == '○' || c == '□' || c == '某')) {
        return false;
      }
    }
    return !letters || word.length() >= 2;
  }

  /** True when {@code s} contains a placeholder mark. */
  static boolean hasPlaceholder(String s) {
    return s.indexOf('_') >= 0 || s.indexOf('＿') >= 0 || s.contains("XX") || s.contains("xx")
        || s.indexOf('×') >= 0 || s.contains("○○") || s.contains("**");
  }

  static boolean isLevelWord(String word) {
    return DomainLexicon.levelWords().contains(word);
  }

  /** A word HanLP's dictionaries know as a place ("深圳", "定州市", "河北省"). */
  static boolean isDictionaryPlace(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("ns")) {
      return true;
    }
    CoreDictionary.Attribute c = CustomDictionary.DEFAULT.get(word);
    return a == null && c != null && c.nature.length > 0 && c.nature[0].toString().startsWith("ns");
  }

  /**
   * A word HanLP's core dictionary knows with a first nature other than the one given ("局长" is
   * a common noun first and a name only by accident of the dictionary).
   */
  static boolean isCommonWord(String word, String naturePrefix) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    return a != null && a.nature.length > 0 && !a.nature[0].toString().startsWith(naturePrefix);
  }

  /** A word HanLP's dictionaries tag as an organization ("国务院", "中共中央"). */
  static boolean isDictionaryOrg(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    return a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("nt");
  }

  /** All chars are CJK ideographs (BMP or supplementary). */
  static boolean isHan(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      if (!isHan(cp)) {
        return false;
      }
      k += Character.charCount(cp);
    }
    return true;
  }

  static boolean containsHan(String s) {
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      if (isHan(cp)) {
        return true;
      }
      k += Character.charCount(cp);
    }
    return false;
  }

  private static boolean isHan(int cp) {
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true; // the common block, without the general lookup
    }
    return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
