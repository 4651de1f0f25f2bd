package org.reportminer.analyze;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.reportminer.nlp.DomainLexicon;

/**
 * Splits an organization name into prefix, head and suffix and tells what kind of prefix it has:
 * "__区文化体育局" is placeholder-named prefix "__区", head "文化体育", suffix "局"; "区教育局" has
 * a bare level prefix "区"; "市场监管所" has none (市场 is a word, not 市 + 场). Also tells whether a
 * head is made of common dictionary words only (a generic description such as "养老服务" or
 * "舞蹈") or carries a proper name ("恒达", "东坪"). Stateless and thread-safe.
 */
final class NameParts {
  private NameParts() {}

  /** What stands before the head of an organization name. */
  enum PrefixKind {
    /** No prefix at all: "舞蹈队", "东坪小学". */
    NONE,
    /** Only a bare level word: "区" in "区教育局", "市" in "市委". */
    BARE_LEVEL,
    /** A bare 街道, 社区 or 村: "社区党委" is generic, not a name. */
    GENERIC_LEVEL,
    /** A named place or a placeholder: "定州市", "__区", "柳湾街道", "xx". */
    NAMED
  }

  /** The parts of one name. */
  record Parts(String prefix, String head, String suffix, PrefixKind kind) {}

  private static final java.util.Set<String> GENERIC_LEVELS = java.util.Set.of("街道", "社区", "村");
  private static final String[] NATIONAL = {"中共", "中国共产党", "共青团", "全国", "国家"};

  /** Splits {@code name} whose organization suffix is {@code suffix}. */
  static Parts split(String name, String suffix, DomainLexicon lexicon) {
    String rest = name.substring(0, name.length() - suffix.length());
    int pos = 0;
    PrefixKind kind = PrefixKind.NONE;
    boolean progress = true;
    while (progress && pos < rest.length()) {
      progress = false;
      // placeholders: __, XX, ××, ○○
      int k = pos;
      while (k < rest.length() && isPlaceholderChar(rest, k)) {
        k++;
      }
      if (k - pos >= 2 || k > pos && rest.charAt(pos) != 'X' && rest.charAt(pos) != 'x') {
        pos = k;
        kind = PrefixKind.NAMED;
        // a placeholder names the level word after it: __区, XX街道
        int lv = levelAt(rest, pos);
        if (lv > 0) {
          pos += lv;
        }
        progress = true;
        continue;
      }
      for (String nat : NATIONAL) {
        if (rest.startsWith(nat, pos)) {
          pos += nat.length();
          if (kind == PrefixKind.NONE) {
            kind = PrefixKind.BARE_LEVEL;
          }
          progress = true;
          break;
        }
      }
      if (progress) {
        continue;
      }
      // a named place: two to four Han characters ending in a level word (定州市, 柳湾街道)
      int placeEnd = namedPlaceEnd(rest, pos, lexicon);
      if (placeEnd > pos) {
        pos = placeEnd;
        kind = PrefixKind.NAMED;
        progress = true;
        continue;
      }
      int lv = levelAt(rest, pos);
      if (lv > 0 && !startsCommonWord(rest, pos, lv)) {
        String level = rest.substring(pos, pos + lv);
        pos += lv;
        if (kind == PrefixKind.NONE) {
          kind = GENERIC_LEVELS.contains(level) ? PrefixKind.GENERIC_LEVEL : PrefixKind.BARE_LEVEL;
        }
        progress = true;
      }
    }
    return new Parts(rest.substring(0, pos), rest.substring(pos), suffix, kind);
  }

  private static boolean isPlaceholderChar(String s, int k) {
    char c = s.charAt(k);
    return c == '_' || c == '＿' || c == '×' || c == '○' || c == '□' || c == '*'
        || (c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ');
  }

  /** Length of a level word at {@code pos} (省, 街道, 自治区 …), or 0. */
  private static int levelAt(String s, int pos) {
    return DomainLexicon.levelLengthAt(s, pos);
  }

  /** 市场, 县城, 区域, 省份: a level character that begins a common word is not a level. */
  private static boolean startsCommonWord(String s, int pos, int levelLength) {
    if (levelLength != 1 || pos + 2 > s.length()) {
      return false;
    }
    String two = s.substring(pos, pos + 2);
    return CoreDictionary.get(two) != null && !TokenTraits.isDictionaryPlace(two);
  }

  /** End of a place name "X…+level" starting at {@code pos}, or {@code pos} when there is none. */
  private static int namedPlaceEnd(String s, int pos, DomainLexicon lexicon) {
    for (int nameLen = Math.min(4, s.length() - pos); nameLen >= 2; nameLen--) {
      String name = s.substring(pos, pos + nameLen);
      if (!TokenTraits.isHan(name) || TokenTraits.REFERENCE_CHARS.indexOf(name.charAt(0)) >= 0) {
        continue;
      }
      int lv = pos + nameLen < s.length() ? levelAt(s, pos + nameLen) : 0;
      if (lv > 0) {
        String place = s.substring(pos, pos + nameLen + lv);
        // 市场监管 is not 市场 + 监; require the level word not to start a common word
        if (startsCommonWord(s, pos + nameLen, lv)) {
          continue;
        }
        // any name of two or more characters before a level word names a place (石桥街道, 和平县),
        // unless it says what kind of area it is (试点县, 功能区)
        if (TokenTraits.isDictionaryPlace(place) || lexicon.isKnownPlace(place)
            || !PlaceRules.isGenericHead(name) && TokenTraits.FUNCTION_CHARS.indexOf(name.charAt(0)) < 0
                && ChineseNumerals.CHARS.indexOf(name.charAt(0)) < 0) {
          return pos + nameLen + lv;
        }
      }
      boolean corePlace = CoreDictionary.get(name) != null && CoreDictionary.get(name).nature[0].toString().startsWith("ns");
      // 深圳, 北京 written without 市 (with a name part after them); 石桥 once the report named 石桥街道
      if (lv == 0 && (corePlace && pos + nameLen < s.length() || lexicon.isKnownPlace(name))) {
        return pos + nameLen;
      }
    }
    return pos;
  }

  /**
   * True when {@code s} can be cut into common dictionary words only (养老服务, 舞蹈, 科技创新):
   * a description, not a proper name. Words HanLP tags as places, persons, organizations, other
   * proper nouns, abbreviations or numerals count as proper.
   */
  static boolean isCommonCover(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    boolean[] ok = new boolean[n + 1];
    ok[0] = true;
    for (int i = 0; i < n; i++) {
      if (!ok[i]) {
        continue;
      }
      for (int j = i + 1; j <= Math.min(n, i + 6); j++) {
        if (!ok[j] && isCommonWord(s.substring(i, j))) {
          ok[j] = true;
        }
      }
    }
    return ok[n];
  }

  private static final String DESCRIPTIVE_CHARS = "型性式化级类";

  private static boolean isCommonWord(String w) {
    CoreDictionary.Attribute a = CoreDictionary.get(w);
    if (a == null && w.length() >= 2) {
      a = com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT.get(w); // 研发, 康养 are only there
    }
    if (a == null && w.length() == 1 && DESCRIPTIVE_CHARS.indexOf(w.charAt(0)) >= 0) {
      return true;
    }
    if (a == null || a.nature.length == 0) {
      return false;
    }
    String n = a.nature[0].toString();
    if (w.length() == 1) {
      // single characters are common only as ordinary content words or as the suffixes that make
      // descriptions (功能型, 综合性, 嵌入式, 现代化, 省级)
      return DESCRIPTIVE_CHARS.indexOf(w.charAt(0)) >= 0
          || (n.equals("n") || n.equals("v") || n.equals("a") || n.equals("vn")) && a.totalFrequency > 500;
    }
    // places, persons, organizations, proper nouns, numerals and direction or place words (城南,
    // 河西) name something; everything else describes
    return !(n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nt") || n.equals("nz")
        || n.startsWith("m") || n.equals("nx") || n.equals("f") || n.equals("s"));
  }
}
