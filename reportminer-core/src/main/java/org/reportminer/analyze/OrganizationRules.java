package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.reportminer.analyze.NameParts.PrefixKind;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.Token;

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
  private final NameCache isOrganizationCache = new NameCache(this::isOrganizationUncached);

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
    for (int k = 0; k < p.size(); k++) {
      Token t = p.get(k);
      if (p.has(k, DomainLexicon.KNOWN_ORG)) {
        Mention known = repair(p, t.start(), t.end(), false); // a listed name: 扫黄打非办, user names
        if (known != null) {
          candidates.add(known);
        }
      }
    }
    candidates.addAll(quoted(p));
    candidates.addAll(enumerated(p));
    candidates.addAll(fromSuffixes(p));
    List<Mention> kept = branchesJoined(p, resolve(candidates)); // the longest of overlapping readings wins
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  /** Suffixes of a branch that belongs to the body named right before it. */
  private static final Set<String> BRANCH_SUFFIXES =
      Set.of("分行", "支行", "分公司", "子公司", "分局", "分院", "分校", "分会", "营业部", "分中心", "分部", "分馆", "办事处");

  /**
   * A body directly followed by a branch named only by place and branch suffix is one name:
   * 中国工商银行股份有限公司 + 杭州分行.
   */
  private List<Mention> branchesJoined(Pieces p, List<Mention> orgs) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : orgs) {
      if (!out.isEmpty()) {
        Mention last = out.get(out.size() - 1);
        // adjacency first: it is rare, and it spares splitting every name
        String suffix = last.end() == m.start() ? lexicon.orgSuffixOf(m.text()) : null;
        if (suffix != null && BRANCH_SUFFIXES.contains(suffix)
            && isBranchHead(NameParts.split(m.text(), suffix, lexicon).head())) {
          out.set(out.size() - 1, new Mention(EntityType.ORG, last.text() + m.text(), last.start(), m.end()));
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  /** A branch named by its suffix alone or by a place before it: 杭州分行, 分行. */
  private boolean isBranchHead(String head) {
    return head.isEmpty() || TokenTraits.isDictionaryPlace(head) || lexicon.isKnownPlace(head);
  }

  /** Trims, extends and validates one candidate span; null when it is not an organization. */
  Mention repair(Pieces p, int start, int end, boolean allowNames) {
    int a = p.startingAt(start);
    int b = p.endingAt(end);
    if (a < 0 || b < 0 || b < a) {
      return null;
    }
    // a function word inside the span ends what came before it: 郑丽华代表公司向康养中心 → 康养中心
    for (int k = b - 1; k > a; k--) {
      Token t = p.get(k);
      if (TokenTraits.isPunctuation(t.word()) || isHardFunction(t) && !isNameConjunction(p, k)
          || t.word().length() >= 2 && TokenTraits.LEFT_STOP_WORDS.contains(t.word()) && !isSuffixPiece(p, k)) {
        a = k + 1;
        break;
      }
    }
    // cut leading words that cannot begin a name (组织, 由, 20日 …); a verb-like trade name
    // right after a place stays (江苏 远航 重工股份有限公司)
    while (a <= b && cannotBegin(p.get(a)) && !verbIsTradeName(p, a)) {
      a++;
    }
    // cut trailing punctuation, function words and verbs glued on: 云溪县林业局组织 → 云溪县林业局
    while (b >= a && (TokenTraits.isPunctuation(p.get(b).word())
        || TokenTraits.isFunction(p.get(b).nature()) && !isSuffixPiece(p, b)
        || TokenTraits.LEFT_STOP_WORDS.contains(p.get(b).word()) && !isSuffixPiece(p, b)
        || p.get(b).nature().startsWith("v") && !p.get(b).nature().equals("vn") && !isSuffixPiece(p, b))) {
      b--;
    }
    if (a > b) {
      return null;
    }
    // a name ends at a suffix that a verb, title or person follows: 县绿源茶业有限公司|成功申报…,
    // 市作家协会|副主席赵明远
    for (int k = a; k < b; k++) {
      if (isSuffixToken(p, k) && endsName(p.get(k + 1))) {
        b = k;
        break;
      }
    }
    // a suffix word right after the name belongs to it: "定州市恒宇机械科技" + "有限公司"
    while (b + 1 < p.size() && isSuffixPiece(p, b + 1) && p.get(b + 1).word().length() >= 2) {
      b++;
    }
    String suffix = lexicon.orgSuffixOf(p.text(p.get(a).start(), p.get(b).end()));
    boolean company = suffix != null && COMPANY_SUFFIXES.contains(suffix);
    a = extendLeft(p, a, company, allowNames);
    if (!fitsContext(p, a, b)) {
      return null;
    }
    return validated(p, p.get(a).start(), p.get(b).end());
  }

  /** Words after a complete name that show it has ended: verbs, titles, persons, adverbs. */
  private static boolean endsName(Token t) {
    String n = t.nature();
    return n.startsWith("v") && !n.equals("vn") || n.equals("nnt") || n.startsWith("nr") || n.startsWith("d")
        || n.startsWith("p") || n.equals("a") || n.equals("ad");
  }

  /** Buildings and grounds whose names end like institutions' names. */
  private static final List<String> VENUES =
      List.of("体育馆", "体育场", "游泳馆", "展览馆", "会展中心", "剧院", "电影院", "礼堂", "运动场");

  /** Facilities named after a body: 县政府广场, 区图书馆广场 (docs/ANNOTATION.md: not organizations). */
  private static final Set<String> FACILITY_WORDS =
      Set.of("广场", "公园", "大楼", "大院", "礼堂", "大厅", "门前", "门口", "路", "大道", "大街", "街", "大桥", "小区");

  /**
   * The span's neighbours agree that it is a whole name: it is not the start of a facility name
   * or of a system's name (总分馆制), not glued to a numeral before it ("一网通办"), not cut off
   * before a level character that continues a place name (新华社|区 is 新华社区).
   */
  private boolean fitsContext(Pieces p, int a, int b) {
    if (b + 1 < p.size() && FACILITY_WORDS.contains(p.get(b + 1).word())) {
      return false;
    }
    if (b + 1 < p.size() && (p.get(b + 1).word().equals("制") || p.get(b + 1).word().startsWith("制度"))) {
      return false; // 文化馆总分馆制, 河长制: a system named after a kind of body, not a body
    }
    if (a > 0 && p.get(a - 1).nature().startsWith("m") && !p.get(a - 1).word().startsWith("第")
        && p.get(a - 1).end() == p.get(a).start()
        && ChineseNumerals.isNumeral(p.get(a - 1).word())) {
      return false;
    }
    if (b + 1 < p.size()) {
      String next = p.get(b + 1).word();
      if (next.length() >= 2 && "区县市镇乡村".indexOf(next.charAt(0)) >= 0 && !TokenTraits.isLevelWord(next)
          && com.hankcs.hanlp.dictionary.CoreDictionary.get(next) == null) {
        return false; // 新华社/nt 区获/nr: the segmenter split 新华社区 wrongly
      }
    }
    return true;
  }

  /**
   * The organization on {@code [s, e)}, or null. A conjunction or preposition glued to its front
   * by the recognizer ("和市财政局") is dropped when the rest is a name.
   */
  private Mention validated(Pieces p, int s, int e) {
    String name = p.text(s, e);
    if (isOrganization(name)) {
      return new Mention(EntityType.ORG, name, s, e);
    }
    if (name.length() > 3 && LEADING_JUNK.indexOf(name.charAt(0)) >= 0 && isOrganization(name.substring(1))) {
      return new Mention(EntityType.ORG, name.substring(1), s + 1, e);
    }
    return null;
  }

  /** Conjunctions and prepositions that may be glued to the front of a name by a recognizer. */
  private static final String LEADING_JUNK = "和与及同并或向对在由为把被将从给跟";

  /** Prepositions, conjunctions, particles, adverbs and pronouns: never inside a name. */
  private static boolean isHardFunction(Token t) {
    String n = t.nature();
    return n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("d") || n.startsWith("r")
        || n.startsWith("w") || n.equals("vshi");
  }

  /** 和 inside an official name between two name parts: 住房和城乡建设局, 人力资源和社会保障局. */
  private boolean isNameConjunction(Pieces p, int k) {
    if (!p.get(k).word().equals("和") || k == 0 || k + 1 >= p.size()) {
      return false;
    }
    // a level prefix at most two words before 和, a suffix at most three words after it
    boolean prefixBefore = false;
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (isPrefix(p.get(j))) {
        prefixBefore = true;
        break;
      }
      if (!isNamePiece(p.get(j)) || lexicon.orgSuffixOf(p.get(j).word()) != null) {
        return false; // XX中学党支部和校委会 joins two bodies, it does not name one
      }
    }
    if (!prefixBefore) {
      return false;
    }
    for (int j = k + 1; j <= Math.min(p.size() - 1, k + 3); j++) {
      if (lexicon.orgSuffixOf(p.get(j).word()) != null && (isSuffixPiece(p, j) || p.get(j).nature().startsWith("n"))) {
        return true;
      }
      if (!isNamePiece(p.get(j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Moves the start leftwards over prefixes (places, levels, placeholders), over a company's
   * trade-name characters, and (for names found from their suffix) over name words, verbs
   * between name words included; a name never starts with a verb.
   */
  private int extendLeft(Pieces p, int a, boolean company, boolean allowNames) {
    int committed = a; // start accepted so far
    int tentative = a; // start reached over words that need a prefix further left to count
    boolean prefixOnly = isPrefix(p.get(a)); // a name starting with its prefix takes only more prefix
    int pieces = 0;
    int companyChars = 0;
    for (int k = a - 1; k >= 0; k--) {
      Token t = p.get(k);
      int leftmost = Math.min(committed, tentative);
      if (isPrefix(t)) {
        committed = k; // a prefix confirms every word between it and the suffix
        tentative = k;
        prefixOnly = true;
        continue;
      }
      // the name of a level word the segmenter kept apart: 柳湾/nr 街道, 青岚/nr 市
      if (TokenTraits.isLevelWord(p.get(leftmost).word()) && isPlaceNamePiece(t)) {
        committed = k;
        tentative = k;
        prefixOnly = true;
        continue;
      }
      if (prefixOnly || pieces >= MAX_NAME_PIECES) {
        break;
      }
      pieces++;
      if (company && (isTradeNamePiece(t) || verbIsTradeName(p, k))
          && companyChars + t.word().length() <= MAX_COMPANY_CHARS && committed == tentative) {
        companyChars += t.word().length();
        committed = k;
        tentative = k;
        continue;
      }
      if (allowNames && isNamePiece(t) && committed == tentative) {
        committed = k; // name words stand by themselves for names found from their suffix
        tentative = k;
        continue;
      }
      if (!isSuffixToken(p, k) && (isNamePiece(t) || isInnerPiece(t) || isNameConjunction(p, k))) {
        tentative = k; // 柳湾区 福寿 康养中心, 区 防汛 防 台 抗旱 指挥部: only with a prefix
        continue;
      }
      break;
    }
    a = committed;
    // a name never starts with a verb or a conjunction
    while (a < p.size() - 1 && (isVerb(p.get(a)) || p.get(a).word().equals("和"))) {
      a++;
    }
    return a;
  }

  private static boolean isVerb(Token t) {
    return t.nature().startsWith("v") && !t.nature().equals("vn") && t.word().length() >= 2;
  }

  /** A word that may sit inside a name between a prefix and the suffix: verbs, single characters. */
  private static boolean isInnerPiece(Token t) {
    String w = t.word();
    if (TokenTraits.isPunctuation(w) || TokenTraits.LEFT_STOP_WORDS.contains(w) || isHardFunction(t)) {
      return false;
    }
    String n = t.nature();
    if (n.equals("nnt") || n.startsWith("nr")) {
      return false; // a title or a person ends the name on its left: 副主席赵明远来校
    }
    return n.startsWith("v") || w.length() == 1 && TokenTraits.isHan(w) && TokenTraits.FUNCTION_CHARS.indexOf(w.charAt(0)) < 0
        || n.startsWith("n") || n.equals("b") || n.equals("f") || n.startsWith("g");
  }

  /**
   * A two-character verb between a place (or single trade-name characters) and the rest of a
   * company name is part of its trade name: 江苏 远航 重工股份有限公司.
   */
  private boolean verbIsTradeName(Pieces p, int k) {
    Token t = p.get(k);
    if (!t.nature().startsWith("v") || t.word().length() != 2 || TokenTraits.LEFT_STOP_WORDS.contains(t.word())
        || k == 0 || k + 1 >= p.size() || TokenTraits.isPunctuation(p.get(k + 1).word())) {
      return false;
    }
    Token before = p.get(k - 1);
    boolean singleNameChar = before.word().length() == 1 && TokenTraits.isHan(before.word())
        && !TokenTraits.isFunction(before.nature()) && TokenTraits.FUNCTION_CHARS.indexOf(before.word().charAt(0)) < 0;
    return isPrefix(before) && !TokenTraits.isPlaceholder(before.word()) || singleNameChar;
  }

  private static boolean isInnerVerb(Token t) {
    return t.nature().startsWith("v") && !t.nature().equals("vn") && t.word().length() >= 2
        && !TokenTraits.LEFT_STOP_WORDS.contains(t.word());
  }

  /** Two or three Han characters that can name a place before a level word. */
  private static boolean isPlaceNamePiece(Token t) {
    String w = t.word();
    return w.length() >= 2 && w.length() <= 3 && TokenTraits.isHan(w) && !TokenTraits.isFunction(t.nature())
        && !t.nature().startsWith("v") && !t.nature().startsWith("a")
        && TokenTraits.REFERENCE_CHARS.indexOf(w.charAt(0)) < 0 && !TokenTraits.LEFT_STOP_WORDS.contains(w);
  }

  /** Prepositions and particles that never occur inside a name (和 does: 住房和城乡建设局). */
  private static final String INNER_FUNCTION_CHARS = "向为的在与及对把被给从将了着是";

  /** Suffixes too generic to make an organization with a bare level alone ("市中心", "区学校"). */
  private static final Set<String> GENERIC_SUFFIXES =
      Set.of("中心", "学校", "小学", "中学", "大学", "学院", "公司", "有限公司", "办公室", "小组", "工作组",
          "领导小组", "服务中心", "活动中心", "工作站", "服务站", "团体", "联盟");

  /**
   * Whether {@code name} passes as an organization name: known, or prefix + name part + suffix,
   * with no reference, quantity or punctuation in it; without a prefix the name part must carry
   * a proper name, not only common words ("舞蹈队", "养老服务中心" are descriptions).
   */
  boolean isOrganization(String name) {
    return isOrganizationCache.test(name);
  }

  private boolean isOrganizationUncached(String name) {
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
    for (String venue : VENUES) {
      if (name.endsWith(venue)) {
        return false; // 县体育馆: a venue, not a body (docs/ANNOTATION.md)
      }
    }
    String suffix = lexicon.orgSuffixOf(name);
    if (suffix == null) {
      return false;
    }
    int before = name.length() - suffix.length() - 1;
    if (suffix.length() == 1 && before >= 0
        && (Character.isDigit(name.charAt(before)) || ChineseNumerals.CHARS.indexOf(name.charAt(before)) >= 0)) {
      return false; // 隐患3985处, 学校9所: a measure word, not a suffix
    }
    NameParts.Parts parts = NameParts.split(name, suffix, lexicon);
    String head = parts.head();
    switch (parts.kind()) {
      case GENERIC_LEVEL:
        return false; // 社区党委, 街道文化站
      case NAMED:
        if (head.isEmpty()) {
          return true; // xx局, __街道党工委, 柳湾街道办事处
        }
        break;
      case BARE_LEVEL:
        if (head.isEmpty()) {
          // 区委, 市政府, 区总工会, 县文化馆; not 市局, 区中心
          return lexicon.isOrgan(suffix) || suffix.length() >= 2 && !GENERIC_SUFFIXES.contains(suffix);
        }
        break;
      default:
        if (head.isEmpty()) {
          return false; // the suffix alone: 学校, 协会
        }
        break;
    }
    if (TokenTraits.REFERENCE_CHARS.indexOf(head.charAt(0)) >= 0 && !head.startsWith("全国")) {
      return false; // 我局, 本单位, 该中心, 各有关单位
    }
    if (TokenTraits.FUNCTION_CHARS.indexOf(head.charAt(0)) >= 0 || LEADING_JUNK.indexOf(head.charAt(0)) >= 0
        || ChineseNumerals.CHARS.indexOf(head.charAt(0)) >= 0 || Character.isDigit(head.charAt(0))) {
      return false; // 为区图书馆, 一网通办, 五四红旗团支部: not the start of a name
    }
    for (int k = 1; k < head.length(); k++) {
      if (INNER_FUNCTION_CHARS.indexOf(head.charAt(k)) >= 0) {
        return false; // 郑丽华代表公司向康养中心: a clause, not a name
      }
    }
    if (head.length() >= 2 && isOrganization(head)) {
      return true; // 市委宣传部, 区安委会办公室: a department of a named body
    }
    if (hasQuantity(head)) {
      return false; // 多所小学, 三家公司
    }
    if (!TokenTraits.containsHan(head) && !head.chars().allMatch(Character::isLetter)) {
      return false;
    }
    if (parts.kind() == PrefixKind.NONE) {
      if (lexicon.isOrgSuffix(head) || lexicon.orgSuffixOf(head) != null && head.length() <= 3) {
        return false; // 局党组, 局办公室, 公司团委, 学校图书室: a part of an unnamed body
      }
      if (head.length() == 1) {
        return false; // 常委会, 高校: one character is not a name (known abbreviations are listed)
      }
      if (NameParts.isCommonCover(head)) {
        return false; // 舞蹈队, 养老服务中心, 污水处理厂: descriptions, not names
      }
    }
    return true;
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
          String suffix = lexicon.orgSuffixOf(item);
          Mention full = suffix == null ? null : repair(p, s, e, true);
          if (full != null) {
            out.add(full); // 区住房和城乡建设局: the item's own prefix rules apply
          } else if (suffix == null ? isUnknownName(item, p, start, end) : isListedName(item, suffix)) {
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

  /**
   * An item of an organization list that ends in a suffix: the list's head noun already says it is
   * a body, so a descriptive name part is enough ("购书中心"), but not a bare suffix, a reference or
   * a count.
   */
  private boolean isListedName(String item, String suffix) {
    String head = item.substring(0, item.length() - suffix.length());
    if (head.length() < 2 || item.length() > 12 || !TokenTraits.isHan(item)) {
      return false;
    }
    char c = head.charAt(0);
    return TokenTraits.REFERENCE_CHARS.indexOf(c) < 0 && TokenTraits.FUNCTION_CHARS.indexOf(c) < 0
        && ChineseNumerals.CHARS.indexOf(c) < 0 && !hasQuantity(head) && !lexicon.isOrgSuffix(head);
  }

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
      // a verb, adjective or person of two or more characters is a word of its own; single
      // characters of a short name carry whatever tag the segmenter guessed (佳/a 邦/ng)
      if (t.word().length() >= 2 && (t.nature().startsWith("v") || t.nature().startsWith("a") || t.nature().startsWith("nr"))) {
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
      if (!isSuffixToken(p, k) && !isSuffixInContext(p, k)) {
        continue;
      }
      // the longest suffix chain ending here: 定州 支行, 有限 公司 are single words in HanLP
      int end = k;
      while (end + 1 < p.size() && isSuffixPiece(p, end + 1)) {
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
      if (isOrganization(name) && fitsContext(p, a, end)) {
        out.add(new Mention(EntityType.ORG, name, s, e));
      }
      k = end;
    }
    return resolve(out);
  }

  /** Piece {@code k} is a suffix word ({@link DomainLexicon#isOrgSuffix}). */
  private static boolean isSuffixPiece(Pieces p, int k) {
    return p.has(k, DomainLexicon.ORG_SUFFIX);
  }

  /**
   * A token that ends a name: a suffix word (a one-character one only as a noun: 所 as a particle
   * and 处 as a verb do not count), or a word HanLP tags as an organization or organization suffix
   * that ends in one ("县文化馆"/nt, "建设局"/nis). Common words that merely end in a suffix
   * character ("场所", "干部", "实处") do not count.
   */
  private boolean isSuffixToken(Pieces p, int k) {
    Token t = p.get(k);
    String w = t.word();
    String n = t.nature();
    if (isSuffixPiece(p, k)) {
      return w.length() >= 2 || n.startsWith("n") || n.equals("j");
    }
    String suffix = lexicon.orgSuffixOf(w);
    if (suffix == null) {
      return false;
    }
    if (n.startsWith("nt") || n.equals("nis")) {
      return true;
    }
    // 区政府/n, 市委/n: a level word and an organ in one token
    String rest = w.substring(0, w.length() - suffix.length());
    if (TokenTraits.isLevelWord(rest) && lexicon.isOrgan(suffix)) {
      return true;
    }
    // 中国消费者协会/n: a dictionary word ending in a suffix of two characters or more
    return suffix.length() >= 2 && rest.length() >= 2;
  }

  /** One-character suffixes the segmenter reads as other words: 所 a particle, 办 and 站 verbs. */
  private static final String AMBIGUOUS_SUFFIXES = "所办站";
  /** Words after 办 or 站 that show them to be verbs: 站在, 办好, 站了, 办起. */
  private static final Set<String> VERB_FOLLOWERS = Set.of("在", "着", "了", "过", "好", "起", "上", "出", "到", "成");

  /**
   * 所, 办, 站 tagged as particle or verb still end a name between a noun and whatever cannot
   * follow the particle or the verb: 市场/n 监管/vn 所/usuo 被评为, 应急/vn 办/v 、, 文明/n 实践/vn
   * 站/vi 开展. Not: 群众/n 所/usuo 关心/v (the particle before a verb), 群众/n 站/v 在 (the verb).
   */
  private boolean isSuffixInContext(Pieces p, int k) {
    Token t = p.get(k);
    String w = t.word();
    if (w.length() != 1 || AMBIGUOUS_SUFFIXES.indexOf(w.charAt(0)) < 0 || k == 0) {
      return false;
    }
    Token before = p.get(k - 1);
    String bn = before.nature();
    boolean nounBefore = before.word().length() >= 2 && TokenTraits.isHan(before.word())
        && (bn.startsWith("n") && !bn.startsWith("nr") && !bn.equals("nnt") || bn.equals("vn") || bn.equals("j"));
    if (!nounBefore || before.end() != t.start()) {
      return false;
    }
    if (k + 1 >= p.size()) {
      return true;
    }
    Token after = p.get(k + 1);
    if (TokenTraits.isPunctuation(after.word())) {
      return true;
    }
    if (w.equals("所")) {
      return !after.nature().startsWith("v") && !after.nature().startsWith("u");
    }
    return !after.nature().startsWith("u") && !VERB_FOLLOWERS.contains(after.word());
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
        || n.startsWith("g") || n.equals("nz") || n.equals("l") && w.length() <= 4
        || n.equals("f") && w.length() >= 2; // 城南, 河西
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
    return isHardFunction(t) || n.startsWith("q") || n.startsWith("t") || n.equals("e") || n.equals("y")
        || n.startsWith("v") && !n.equals("vn") && w.length() >= 2;
  }

  /** Keeps the longest of overlapping candidates, earlier first on ties. */
  static List<Mention> resolve(List<Mention> candidates) {
    if (candidates.size() <= 1) {
      return new ArrayList<>(candidates);
    }
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
