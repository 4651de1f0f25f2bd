package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;

/**
 * Organization rules on top of a recognizer. What an organization name is here: an optional
 * prefix of places, level words (省 市 区 县 街道 …) and template placeholders ("__区", "XX市"),
 * then a name part, then an organization suffix from the {@link DomainLexicon} (局, 委员会, 协会,
 * 有限公司, 小学 …); or a known name (a lexicon {@code nt} entry or a HanLP dictionary
 * organization). Everything else the recognizer calls an organization is dropped: generic nouns
 * ("法律咨询", "会员单位", "主办方") have no suffix, references ("我局", "本单位") have no name part,
 * quantified phrases ("多所小学") have a quantity where the name should be.
 *
 * <p>Repairs: a recognized name is extended to the left over its administrative prefix and
 * placeholders ("省知识产权局" → "__省知识产权局"); a company name over the characters of its trade
 * name up to a word that cannot be part of it ("胜农林科技有限公司" → "__德胜农林科技有限公司");
 * leading words that introduce an organization are cut off ("组织__德胜…"); a name followed
 * directly by a suffix word takes it in. New names: quoted names and abbreviations ("扫黄打非办",
 * "__区保护知识产权宣传志愿队") and names the recognizer missed, found from their suffix leftwards.
 *
 * <p>Stateless apart from the lexicon; thread-safe.
 */
final class OrganizationRules {
  private static final int MAX_NAME_PIECES = 6;
  private static final int MAX_COMPANY_CHARS = 24;
  private static final Set<String> COMPANY_SUFFIXES =
      Set.of(
          "有限公司", "有限责任公司", "股份有限公司", "公司", "分公司", "子公司", "集团", "集团公司", "厂", "工厂",
          "合作社", "工作室", "事务所", "律师事务所", "商店", "超市", "书店", "银行", "支行", "分行");
  private static final Set<String> PARTY_PREFIXES = Set.of("中共", "中国共产党", "共青团");

  private final DomainLexicon lexicon;

  OrganizationRules(DomainLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Organization mentions of one sentence, non-overlapping, in order. */
  List<Mention> find(Pieces p, List<Mention> recognized) {
    List<Mention> candidates = new ArrayList<>();
    for (Mention m : recognized) {
      Mention repaired = repair(p, m.start(), m.end(), false);
      if (repaired != null) {
        candidates.add(repaired);
      }
    }
    candidates.addAll(quoted(p));
    candidates.addAll(enumerated(p));
    List<Mention> kept = resolve(candidates);
    for (Mention m : fromSuffixes(p)) {
      if (kept.stream().noneMatch(k -> overlaps(k, m))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  /** Trims, extends and validates one candidate span; null when it is not an organization. */
  Mention repair(Pieces p, int start, int end, boolean allowNames) {
    int a = p.startingAt(start);
    int b = p.endingAt(end);
    if (a < 0 || b < 0 || b < a) {
      return null;
    }
    // cut leading words that cannot begin a name (组织, 由, 20日 …)
    while (a <= b && cannotBegin(p.get(a))) {
      a++;
    }
    // cut trailing punctuation and function words
    while (b >= a && (TokenTraits.isPunctuation(p.get(b).word()) || TokenTraits.isFunction(p.get(b).nature()) && !isSuffixPiece(p.get(b)))) {
      b--;
    }
    if (a > b) {
      return null;
    }
    // a suffix word right after the name belongs to it: "定州市恒宇机械科技" + "有限公司"
    while (b + 1 < p.size() && isSuffixPiece(p.get(b + 1)) && p.get(b + 1).word().length() >= 2) {
      b++;
    }
    String suffix = lexicon.orgSuffixOf(p.text(p.get(a).start(), p.get(b).end()));
    boolean company = suffix != null && COMPANY_SUFFIXES.contains(suffix);
    a = extendLeft(p, a, company, allowNames);
    int s = p.get(a).start();
    int e = p.get(b).end();
    String name = p.text(s, e);
    return isOrganization(name) ? new Mention(EntityType.ORG, name, s, e) : null;
  }

  /** Moves the start leftwards over prefixes (and trade-name characters of a company). */
  private int extendLeft(Pieces p, int a, boolean company, boolean allowNames) {
    // a name that already starts with its prefix can only take more prefix to the left
    boolean prefixOnly = isPrefix(p.get(a));
    int names = 0;
    int companyChars = 0;
    boolean verbTaken = false;
    for (int k = a - 1; k >= 0; k--) {
      Token t = p.get(k);
      if (isPrefix(t)) {
        a = k;
        prefixOnly = true;
        continue;
      }
      if (prefixOnly) {
        break;
      }
      if (company && isTradeNamePiece(t) && companyChars + t.word().length() <= MAX_COMPANY_CHARS) {
        companyChars += t.word().length();
        a = k;
        continue;
      }
      if (allowNames && names < MAX_NAME_PIECES) {
        if (isNamePiece(t)) {
          names++;
          a = k;
          continue;
        }
        // one verb may sit inside a name between name words: 文化市场行政执法大队
        if (!verbTaken && isInnerVerb(t) && k > 0 && (isNamePiece(p.get(k - 1)) || isPrefix(p.get(k - 1)))) {
          verbTaken = true;
          names++;
          a = k;
          continue;
        }
      }
      break;
    }
    return a;
  }

  private static boolean isInnerVerb(Token t) {
    return t.nature().startsWith("v") && t.word().length() >= 2
        && !TokenTraits.LEFT_STOP_WORDS.contains(t.word());
  }

  /**
   * Whether {@code name} passes as an organization name: known, or prefix + name part + suffix,
   * with no reference, quantity or punctuation in it.
   */
  boolean isOrganization(String name) {
    if (name.length() < 2 || name.length() > 40) {
      return false;
    }
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (Character.isWhitespace(c) || c == '\u3000' || "，。、；：！？,.;:!?“”\"《》（）()【】".indexOf(c) >= 0) {
        return false;
      }
    }
    if (lexicon.isKnownOrg(name) || TokenTraits.isDictionaryOrg(name)) {
      return true;
    }
    String suffix = lexicon.orgSuffixOf(name);
    if (suffix == null) {
      return false;
    }
    String head = stripPrefix(name.substring(0, name.length() - suffix.length()));
    boolean hadPrefix = head.length() < name.length() - suffix.length();
    if (head.isEmpty()) {
      return hadPrefix && lexicon.isOrgan(suffix); // 区委, __市政府; never 中心 or 学校 alone
    }
    if (TokenTraits.REFERENCE_CHARS.indexOf(head.charAt(0)) >= 0 && !head.startsWith("全国")) {
      return false; // 我局, 本单位, 该中心, 全区多所小学, 各有关单位
    }
    if (hasQuantity(head)) {
      return false; // 多所小学, 三家公司
    }
    if (!TokenTraits.containsHan(head) && !head.chars().allMatch(Character::isLetter)) {
      return false;
    }
    if (!hadPrefix && head.length() + suffix.length() <= 3 && TokenTraits.isCommonWord(name, "nt")) {
      return false; // 高校, 母校, 车站: common nouns that happen to end in a suffix
    }
    return !(head.length() == 1 && suffix.length() == 1 && !hadPrefix);
  }

  /** Removes leading placeholders, level words, places and party prefixes from a name part. */
  private String stripPrefix(String s) {
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      int k = 0;
      while (k < s.length() && TokenTraits.isPlaceholder(s.substring(k, k + 1))) {
        k++;
      }
      if (s.startsWith("XX") || s.startsWith("xx")) {
        k = Math.max(k, 2);
      }
      if (k > 0) {
        s = s.substring(k);
        changed = true;
        continue;
      }
      for (String prefix : PARTY_PREFIXES) {
        if (s.startsWith(prefix)) {
          s = s.substring(prefix.length());
          changed = true;
        }
      }
      if (changed) {
        continue;
      }
      for (String level : DomainLexicon.LEVEL_SUFFIXES) {
        if (s.startsWith(level)) {
          s = s.substring(level.length());
          changed = true;
          break;
        }
      }
      if (changed) {
        continue;
      }
      // a place name ending in a level word: 定州市, 河北省, 海淀区
      for (int len = Math.min(8, s.length() - 1); len >= 2; len--) {
        String head = s.substring(0, len);
        if (endsWithLevel(head) && TokenTraits.REFERENCE_CHARS.indexOf(head.charAt(0)) < 0
            && (TokenTraits.isDictionaryPlace(head) || lexicon.isKnownPlace(head))) {
          s = s.substring(len);
          changed = true;
          break;
        }
      }
    }
    return s;
  }

  private static boolean endsWithLevel(String s) {
    for (String level : DomainLexicon.LEVEL_SUFFIXES) {
      if (s.endsWith(level) && s.length() > level.length()) {
        return true;
      }
    }
    return false;
  }

  /** A count where a name should be: 3所, 多所, 几家, 数个, 若干, 三所, 两家. */
  private static boolean hasQuantity(String head) {
    if (Character.isDigit(head.charAt(0)) || head.startsWith("若干")) {
      return true;
    }
    for (int k = 0; k + 1 < head.length(); k++) {
      char c = head.charAt(k);
      boolean count = c == '多' || c == '几' || c == '数' || ChineseNumerals.digit(c) > 0 || Character.isDigit(c);
      if (count && "所家个名位支只批类".indexOf(head.charAt(k + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Quoted names: “扫黄打非办”, “__区保护知识产权宣传志愿队”. */
  private List<Mention> quoted(Pieces p) {
    List<Mention> out = new ArrayList<>();
    String text = p.sentence.text();
    int base = p.sentence.start();
    for (int i = 0; i < text.length(); i++) {
      char open = text.charAt(i);
      char close = closer(open);
      if (close == 0) {
        continue;
      }
      int j = text.indexOf(close, i + 1);
      if (j < 0 || j - i - 1 < 2 || j - i - 1 > 30) {
        continue;
      }
      String inner = text.substring(i + 1, j);
      if (isOrganization(inner)) {
        out.add(new Mention(EntityType.ORG, inner, base + i + 1, base + j));
      }
      i = j;
    }
    return out;
  }

  /** Heads that say the items of a list before 等 are organizations: "佳邦、购书中心等会员单位". */
  private static final Set<String> ORG_LIST_HEADS =
      Set.of("单位", "会员单位", "成员单位", "企业", "公司", "机构", "商家", "商户", "门店", "社会组织", "组织",
          "学校", "医院", "银行", "部门", "协会", "团体", "院校", "高校");

  /**
   * Items of a list closed by 等 + an organization head noun. An item is accepted when it passes
   * as an organization by itself, or when it is a name no dictionary knows as a common word
   * (a company's short name: "佳邦").
   */
  private List<Mention> enumerated(Pieces p) {
    List<Mention> out = new ArrayList<>();
    for (int k = 1; k < p.size(); k++) {
      if (!p.get(k).word().equals("等")) {
        continue;
      }
      int h = k + 1;
      while (h < p.size() && (p.get(h).nature().startsWith("m") || p.get(h).nature().startsWith("q")
          || p.get(h).word().equals("各") || p.get(h).word().equals("其他"))) {
        h++;
      }
      if (h >= p.size() || !ORG_LIST_HEADS.contains(p.get(h).word())) {
        continue;
      }
      int end = k; // exclusive piece index of the current item
      int i = k - 1;
      while (i >= 0) {
        int start = end;
        while (start - 1 >= 0 && isListItemPiece(p.get(start - 1)) && end - (start - 1) <= 4) {
          start--;
        }
        if (start < end) {
          int s = p.get(start).start();
          int e = p.get(end - 1).end();
          String item = p.text(s, e);
          if (isOrganization(item) || isUnknownName(item, p, start, end)) {
            out.add(new Mention(EntityType.ORG, item, s, e));
          }
        }
        i = start - 1;
        if (i >= 0 && p.get(i).word().equals("、")) {
          end = i;
          i--;
          continue;
        }
        break;
      }
    }
    return out;
  }

  private static boolean isListItemPiece(Token t) {
    String w = t.word();
    if (TokenTraits.isPunctuation(w) || TokenTraits.LEFT_STOP_WORDS.contains(w) || ROLE_WORDS.contains(w)) {
      return false;
    }
    return !TokenTraits.isFunction(t.nature()) || t.nature().equals("nx");
  }

  /** Words that name a role in a list, not an organization ("会员佳邦": 会员 is the role). */
  private static final Set<String> ROLE_WORDS = Set.of("会员", "成员", "包括", "如", "例如", "比如", "其中", "协会", "单位");

  /** A short name no dictionary knows as a common word or a place, with no verb in it. */
  private boolean isUnknownName(String item, Pieces p, int start, int end) {
    if (item.length() < 2 || item.length() > 12 || !TokenTraits.isHan(item)) {
      return false;
    }
    if (TokenTraits.REFERENCE_CHARS.indexOf(item.charAt(0)) >= 0 || hasQuantity(item)) {
      return false;
    }
    for (int k = start; k < end; k++) {
      Token t = p.get(k);
      if (t.nature().startsWith("v") || t.nature().startsWith("a") || t.nature().startsWith("nr")) {
        return false;
      }
    }
    return com.hankcs.hanlp.dictionary.CoreDictionary.get(item) == null && !TokenTraits.isDictionaryPlace(item)
        && com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT.get(item) == null;
  }

  private static char closer(char open) {
    return switch (open) {
      case '“' -> '”';
      case '「' -> '」';
      case '『' -> '』';
      case '‘' -> '’';
      default -> 0;
    };
  }

  /** Names the recognizer missed: from each suffix word leftwards over name words. */
  private List<Mention> fromSuffixes(Pieces p) {
    List<Mention> out = new ArrayList<>();
    for (int k = 0; k < p.size(); k++) {
      Token t = p.get(k);
      if (!isSuffixPiece(t) && lexicon.orgSuffixOf(t.word()) == null) {
        continue;
      }
      if (!t.nature().startsWith("n") && !t.nature().equals("j")) {
        continue; // 所 as a particle, 处 as a verb
      }
      // the longest suffix chain ending here: 定州 支行, 有限 公司 are single words in HanLP
      int end = k;
      while (end + 1 < p.size() && isSuffixPiece(p.get(end + 1))) {
        end++;
      }
      String suffix = lexicon.orgSuffixOf(p.text(t.start(), p.get(end).end()));
      if (suffix == null) {
        continue;
      }
      boolean company = COMPANY_SUFFIXES.contains(suffix);
      int a = extendLeft(p, k, company, true);
      // the suffix word alone, or with only a prefix, is handled by isOrganization
      int s = p.get(a).start();
      int e = p.get(end).end();
      String name = p.text(s, e);
      if (isOrganization(name)) {
        out.add(new Mention(EntityType.ORG, name, s, e));
      }
      k = end;
    }
    return resolve(out);
  }

  private boolean isSuffixPiece(Token t) {
    return lexicon.isOrgSuffix(t.word());
  }

  /** Places, level words, placeholders and party prefixes: the prefix of an organization name. */
  private boolean isPrefix(Token t) {
    String w = t.word();
    if (TokenTraits.isPlaceholder(w) || TokenTraits.isLevelWord(w) || PARTY_PREFIXES.contains(w)) {
      return true;
    }
    if (TokenTraits.REFERENCE_CHARS.indexOf(w.charAt(0)) >= 0) {
      return false;
    }
    return (t.nature().startsWith("ns") || lexicon.isKnownPlace(w)) && w.length() >= 2;
  }

  /** A word that may be part of an organization's name part ("文化", "科技创新", "第一"). */
  private boolean isNamePiece(Token t) {
    String w = t.word();
    String n = t.nature();
    if (TokenTraits.LEFT_STOP_WORDS.contains(w) || TokenTraits.isPunctuation(w)) {
      return false;
    }
    if (n.startsWith("m")) {
      return w.startsWith("第") && w.length() >= 2;
    }
    if (n.startsWith("nr") || n.equals("nnt")) {
      return false;
    }
    return n.startsWith("n") || n.equals("vn") || n.equals("j") || n.equals("b") || n.equals("an")
        || n.startsWith("g") || n.equals("nz") || n.equals("l") && w.length() <= 4;
  }

  /** A piece of a company's trade name: any short word that is not a function word or a stop. */
  private boolean isTradeNamePiece(Token t) {
    String w = t.word();
    if (TokenTraits.LEFT_STOP_WORDS.contains(w) || TokenTraits.isPunctuation(w) || w.length() > 4) {
      return false;
    }
    String n = t.nature();
    if (TokenTraits.isFunction(n)) {
      return false;
    }
    if (n.startsWith("v") && !n.equals("vn") && w.length() >= 2) {
      return false; // a verb of two or more characters ends the name: 组织, 走访
    }
    return !n.equals("nnt");
  }

  /** Words a name cannot begin with: introducers, function words, numbers, dates. */
  private boolean cannotBegin(Token t) {
    String w = t.word();
    if (TokenTraits.isPlaceholder(w)) {
      return false;
    }
    if (TokenTraits.LEFT_STOP_WORDS.contains(w) || TokenTraits.isPunctuation(w)) {
      return true;
    }
    String n = t.nature();
    if (n.startsWith("m")) {
      return !(w.startsWith("第") && w.length() >= 2);
    }
    return TokenTraits.isFunction(n) || n.startsWith("v") && !n.equals("vn") && w.length() >= 2;
  }

  /** Keeps the longest of overlapping candidates, earlier first on ties. */
  static List<Mention> resolve(List<Mention> candidates) {
    List<Mention> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end()).thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      if (kept.stream().noneMatch(k -> overlaps(k, m))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  static boolean overlaps(Mention a, Mention b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
