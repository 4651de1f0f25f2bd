package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.Token;

/**
 * Place rules on top of a recognizer. Places are administrative divisions at any level
 * (countries, provinces, cities, counties, districts, towns, villages, 街道 and 社区 names) and
 * geographic names (rivers, lakes, mountains), as docs/ANNOTATION.md defines them. A place name
 * either ends in a level word with a name before it ("定州市", "柳湾街道", "石井村"), is a
 * placeholder with a level ("__区"), is a river or mountain with a proper name ("清溪河"), or is a
 * place HanLP's dictionaries or the user dictionary know ("深圳", "河北"). A bare known name
 * without a level word counts only when it stands alone: "中国" in "中国特色" and "惠民" in
 * "文化惠民工程" are parts of other words.
 *
 * <p>Dropped: names the recognizer guessed that no dictionary knows and that carry no level word
 * (a company's short name, "佳邦"), references and collective words ("我市", "全区", "辖区"),
 * kinds of area ("试点县", "功能区"), and misreadings with a function word or numeral where the
 * name should be ("和省", "一县").
 *
 * <p>Stateless apart from the lexicon; thread-safe.
 */
final class PlaceRules {
  private static final Set<String> GENERIC =
      Set.of("街道", "社区", "城市", "农村", "城乡", "乡村", "城区", "市区", "县城", "乡镇", "地区", "当地", "本地",
          "各地", "全国", "基层", "辖区", "市场", "小区", "园区", "景区", "校区", "新区", "开发区", "高新区", "山区",
          "老区", "灾区", "片区", "村镇", "村居", "省市", "市县", "县区");

  /** Words that make "X县", "X区" a kind of area, not a name: 试点县, 贫困县, 功能区. */
  private static final Set<String> GENERIC_HEADS =
      Set.of("试点", "示范", "重点", "贫困", "农业", "工业", "旅游", "产粮", "边境", "民族", "山区", "老区", "城区",
          "地级", "县级", "省级", "市级", "区级", "镇级", "村级", "文明", "卫生", "园林", "先进", "全国", "人口",
          "经济", "资源", "生态", "强县", "大县", "百强", "城市", "城镇", "功能", "服务", "管理", "保护", "试验",
          "商业", "生活", "居住", "住宅", "办公", "风景", "核心", "中心", "行政", "自然", "美丽", "和谐", "平安",
          "幸福", "宜居", "特色", "旅游名", "历史文化", "少数民族", "直辖", "发达", "欠发达", "沿海", "内陆",
          "新农", "示范性", "达标", "农村", "社区", "街道", "部分", "各个", "所有", "全部", "个别", "多个", "其他",
          "周边", "附近", "相关", "有关", "广大", "多数", "少数", "新院", "老院");

  private static final Set<String> SPLIT_LEVELS = Set.of("省", "市", "县", "州", "旗", "区", "镇", "乡", "村", "街道", "社区");
  /** The first characters of {@link #SPLIT_LEVELS}: most words are decided without a look-up. */
  private static final String SPLIT_LEVEL_FIRST_CHARS = DocumentConsistency.firstChars(SPLIT_LEVELS);
  private static final String WATER_AND_MOUNTAIN = "河江湖山溪岭峰";
  /** Endings of facilities and grounds (docs/ANNOTATION.md: not places) and of kinds of area. */
  private static final List<String> NOT_PLACE_ENDINGS =
      List.of("小区", "园区", "景区", "校区", "院区", "厂区", "广场", "公园", "大道", "大街", "大桥", "乡镇", "村镇",
          "城乡", "村居", "县区", "市县", "省市", "城市");
  /** Particles that never begin a place name of two or more characters (和 does: 和平县). */
  private static final String PARTICLES = "的了着过是在与及或等被把将从向对为于";

  private final DomainLexicon lexicon;
  private final NameCache isPlaceCache = new NameCache(this::isPlaceUncached);

  PlaceRules(DomainLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Place mentions of one sentence: recognized ones and those the tokens show. */
  List<Mention> find(Pieces p, List<Mention> recognized) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : recognized) {
      if ((isPlace(m.text()) || isListedRegion(p, m)) && standsAlone(p, m)) {
        out.add(m);
      }
    }
    for (int k = 0; k < p.size(); k++) {
      Token t = p.get(k);
      boolean properWater = isWaterOrMountain(t.word()) && TokenTraits.isHan(t.word())
          && (t.nature().equals("nz") || t.nature().startsWith("nr") || t.nature().startsWith("ns"));
      boolean placeWord = t.nature().startsWith("ns") || p.has(k, DomainLexicon.LISTED_PLACE | DomainLexicon.DOCUMENT_PLACE)
          || levelOf(t.word()) != null && t.word().length() - levelOf(t.word()).length() >= 2
              && (t.nature().startsWith("n") || t.nature().equals("j")) && !t.nature().equals("nis"); // 青岚市/nr
      if (properWater && lexicon.orgSuffixOf(t.word()) == null) {
        Mention m = new Mention(EntityType.PLACE, t.word(), t.start(), t.end()); // 清溪河/nz: one proper noun
        if (standsAlone(p, m, true)) {
          out.add(m);
        }
        continue;
      }
      if (t.nature().equals("nsf") && TokenTraits.isHan(t.word()) && t.word().length() >= 2) {
        out.add(new Mention(EntityType.PLACE, t.word(), t.start(), t.end())); // a foreign place HanLP knows
      } else if (placeWord && isPlace(t.word())) {
        Mention m = new Mention(EntityType.PLACE, t.word(), t.start(), t.end());
        if (p.has(k, DomainLexicon.LISTED_PLACE) || standsAlone(p, m)) {
          out.add(m);
        }
      }
      // a proper name followed by 江, 河 … the segmenter kept apart: 石门/ns 江/n
      if (k > 0 && t.word().length() == 1 && WATER_AND_MOUNTAIN.indexOf(t.word().charAt(0)) >= 0) {
        Token name = p.get(k - 1);
        String n = name.nature();
        if (name.word().length() >= 2 && TokenTraits.isHan(name.word()) && (n.startsWith("ns") || n.startsWith("nr") || n.equals("nz"))) {
          Mention m = new Mention(EntityType.PLACE, name.word() + t.word(), name.start(), t.end());
          if (standsAlone(p, m, true)) {
            out.add(m);
          }
        }
      }
      // a name (or placeholder) followed by a level word the segmenter kept apart: 和平/n 县/n, __/nx 区/n
      if (k > 0 && isSplitLevel(t.word())) {
        Token name = p.get(k - 1);
        String candidate = name.word() + t.word();
        boolean placeholder = TokenTraits.isPlaceholder(name.word());
        if ((placeholder || isPlaceName(name)) && isPlace(candidate)) {
          out.add(new Mention(EntityType.PLACE, candidate, name.start(), t.end()));
        } else if (k > 1 && isSplitName(p.get(k - 2), name)) {
          // a two-character name the segmenter broke into characters: 青/a 岚/nz 市/n
          String split = p.get(k - 2).word() + name.word() + t.word();
          if (isPlace(split)) {
            out.add(new Mention(EntityType.PLACE, split, p.get(k - 2).start(), t.end()));
          }
        }
      }
    }
    return merged(OrganizationRules.resolve(out));
  }

  private static boolean isSplitLevel(String word) {
    return !word.isEmpty() && SPLIT_LEVEL_FIRST_CHARS.indexOf(word.charAt(0)) >= 0 && SPLIT_LEVELS.contains(word);
  }

  /** Adjacent divisions are one name: 柳湾街道 + 新华社区 → 柳湾街道新华社区. */
  private static List<Mention> merged(List<Mention> places) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : places) {
      if (!out.isEmpty()) {
        Mention last = out.get(out.size() - 1);
        if (last.end() == m.start() && endsWithLevel(last.text()) && endsWithLevel(m.text())) {
          out.set(out.size() - 1, new Mention(EntityType.PLACE, last.text() + m.text(), last.start(), m.end()));
          continue;
        }
      }
      out.add(m);
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Compass points that name a region of the country when listed with other regions. */
  private static final Set<String> COMPASS_REGIONS = Set.of("东北", "西北", "东南", "西南");
  private static final Set<String> LIST_MARKS = Set.of("、", "和", "与", "及");

  /**
   * 西南 in "华东、华南、西南三个销售大区": a compound compass point is a region, not a direction,
   * when it is coordinated (、 和 与 及) with a place name next to it; alone ("城区西南") it stays a
   * direction.
   */
  private boolean isListedRegion(Pieces p, Mention m) {
    if (!COMPASS_REGIONS.contains(m.text())) {
      return false;
    }
    int a = p.startingAt(m.start());
    int b = p.endingAt(m.end());
    if (a < 0 || b < 0) {
      return false;
    }
    boolean before = a >= 2 && LIST_MARKS.contains(p.get(a - 1).word()) && isRegionOrPlace(p.get(a - 2).word());
    boolean after = b + 2 < p.size() && LIST_MARKS.contains(p.get(b + 1).word()) && isRegionOrPlace(p.get(b + 2).word());
    return before || after;
  }

  /** A recognized place worth the place rules' look: a place name, or a compass region. */
  boolean mayBePlace(String name) {
    return COMPASS_REGIONS.contains(name) || isPlace(name);
  }

  private boolean isRegionOrPlace(String word) {
    return COMPASS_REGIONS.contains(word) || isPlace(word);
  }

  /** Whether {@code name} passes as the name of a place. */
  boolean isPlace(String name) {
    return isPlaceCache.test(name);
  }

  private boolean isPlaceUncached(String name) {
    if (lexicon.isListedPlace(name)) {
      return true;
    }
    if (name.length() < 2 || GENERIC.contains(name)) {
      return false;
    }
    for (String ending : NOT_PLACE_ENDINGS) {
      if (name.endsWith(ending)) {
        return false; // 幸福里小区, 青岚化工园区: facilities; 示范乡镇: a kind of township
      }
    }
    String level = levelOf(name);
    String namePart = level == null ? name : name.substring(0, name.length() - level.length());
    if (level != null && TokenTraits.isPlaceholder(namePart)) {
      return true; // __区, XX市, __街道
    }
    if (!TokenTraits.isHan(name)) {
      return false;
    }
    if (TokenTraits.REFERENCE_CHARS.indexOf(name.charAt(0)) >= 0 && name.length() <= 2) {
      return false; // 我市, 全区, 本县
    }
    if (lexicon.orgSuffixOf(name) != null && level == null) {
      return false;
    }
    if (level != null && !namePart.isEmpty()) {
      if (namePart.length() == 1) {
        // 沛县 (HanLP's core dictionary knows it); not 获区, 一县, nor 路社区 (a fragment of
        // 文三路社区 that only HanLP's noisier custom dictionary lists)
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(name);
        return a != null && a.nature[0].toString().startsWith("ns");
      }
      char first = namePart.charAt(0);
      return PARTICLES.indexOf(first) < 0 && ChineseNumerals.CHARS.indexOf(first) < 0
          && TokenTraits.REFERENCE_CHARS.indexOf(first) < 0 && !isGenericHead(namePart);
    }
    char last = name.charAt(name.length() - 1);
    if (WATER_AND_MOUNTAIN.indexOf(last) >= 0 && name.length() >= 3 && !TokenTraits.isCommonWord(name, "ns")
        && !GENERIC_HEADS.contains(name.substring(0, name.length() - 1))) {
      return true; // 清溪河, 石门江; not 护城河, a common word
    }
    return TokenTraits.isDictionaryPlace(name);
  }

  /** A word saying what kind of area a place is (试点, 功能, 部分), not which one. */
  static boolean isGenericHead(String namePart) {
    return GENERIC_HEADS.contains(namePart) || endsWithGenericHead(namePart) || startsWithGenericHead(namePart);
  }

  /** 文明城 (of 文明城市), 示范乡: a kind of area with more after it. */
  private static boolean startsWithGenericHead(String namePart) {
    for (int len = 2; len < namePart.length() && len <= 4; len++) {
      if (GENERIC_HEADS.contains(namePart.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithGenericHead(String namePart) {
    for (int len = 2; len < namePart.length() && len <= 5; len++) {
      if (GENERIC_HEADS.contains(namePart.substring(namePart.length() - len))) {
        return true; // 国家级示范, 全省重点
      }
    }
    return false;
  }


  /**
   * A place without a level word must stand alone: not glued to a noun before or after it
   * ("文化惠民工程", "中国特色", "中华人民共和国预算法" name other things).
   */
  private static boolean standsAlone(Pieces p, Mention m) {
    return standsAlone(p, m, false);
  }

  /** As above; rivers and mountains are checked too when {@code checkWater} (清溪河大桥, 清溪河综合治理). */
  private static boolean standsAlone(Pieces p, Mention m, boolean checkWater) {
    int a = p.startingAt(m.start());
    int b = p.endingAt(m.end());
    if (b >= 0 && routeFollows(p.list, b + 1)) {
      return false;
    }
    if (endsWithLevel(m.text()) || !checkWater && isWaterOrMountain(m.text())) {
      return true;
    }
    if (a < 0 || b < 0) {
      return true;
    }
    if (b + 1 < p.size() && isNounLike(p.get(b + 1))) {
      return false;
    }
    return a == 0 || !isNounLike(p.get(a - 1));
  }

  /** Words that end the name of a road, railway or other route. */
  private static final Set<String> ROUTE_WORDS =
      Set.of("通道", "公路", "高速", "高速公路", "铁路", "高铁", "快速路", "轻轨", "专线", "航线", "国道", "省道", "大道");
  private static final Set<String> ROUTE_LINKS = Set.of("至", "到", "—", "-", "～", "~");
  private static final Set<String> ROUTE_MODIFIERS = Set.of("快速", "高速", "城际", "旅游", "一级", "二级");

  /**
   * Whether the tokens from {@code k} continue a place name into a route's name: "云溪|快速通道",
   * "青岚|至云溪快速通道", "宁波|高速公路" (docs/ANNOTATION.md: names nested in a facility name are
   * not places).
   */
  static boolean routeFollows(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    String first = tokens.get(k).word();
    if (!ROUTE_LINKS.contains(first) && !ROUTE_MODIFIERS.contains(first) && !ROUTE_WORDS.contains(first)) {
      return false;
    }
    int chars = 0;
    for (int j = k; j < tokens.size() && j < k + 6; j++) {
      Token t = tokens.get(j);
      if (ROUTE_WORDS.contains(t.word())) {
        return true;
      }
      chars += t.word().length();
      boolean verb = t.nature().startsWith("v") && !t.nature().equals("vn") && !t.nature().equals("vg");
      if (chars > 8 || verb || TokenTraits.isPunctuation(t.word()) && !ROUTE_LINKS.contains(t.word())) {
        return false;
      }
    }
    return false;
  }

  private static boolean isNounLike(Token t) {
    String n = t.nature();
    return (n.startsWith("n") && !n.equals("nx")) || n.equals("vn") || n.equals("an") || n.equals("vl")
        || n.startsWith("g") || n.equals("nis");
  }

  private static boolean isWaterOrMountain(String name) {
    return name.length() >= 3 && WATER_AND_MOUNTAIN.indexOf(name.charAt(name.length() - 1)) >= 0;
  }

  /**
   * Two adjacent one-character Han tokens that read as a broken proper name: at least one tagged
   * as a proper noun or a bound noun morpheme (岚/nz, 湾/ng), neither a function word, numeral or
   * reference character (a compass point first is fine: 东/f 坪/ng), so 青/a 岚/nz counts and
   * 新/a 城/n or 各/rz 个/q do not.
   */
  private static boolean isSplitName(Token first, Token second) {
    if (first.word().length() != 1 || second.word().length() != 1 || first.end() != second.start()
        || !TokenTraits.isHan(first.word() + second.word())) {
      return false;
    }
    for (Token t : List.of(first, second)) {
      char c = t.word().charAt(0);
      boolean compass = t == first && "东西南北".indexOf(c) >= 0; // 东/f 坪/ng: a compass point begins many names
      if (TokenTraits.isFunction(t.nature()) && !compass || t.nature().startsWith("m") || t.nature().startsWith("q")
          || t.nature().startsWith("r") || ChineseNumerals.CHARS.indexOf(c) >= 0 || PARTICLES.indexOf(c) >= 0
          || TokenTraits.REFERENCE_CHARS.indexOf(c) >= 0 || SPLIT_LEVELS.contains(t.word())) {
        return false;
      }
    }
    return isProperPiece(first) || isProperPiece(second);
  }

  private static boolean isProperPiece(Token t) {
    String n = t.nature();
    return n.equals("nz") || n.startsWith("ns") || n.startsWith("nr") || n.equals("ng");
  }

  /** Two or three Han characters that can be the name part of a place. */
  private static boolean isPlaceName(Token t) {
    String w = t.word();
    String n = t.nature();
    return w.length() >= 2 && w.length() <= 3 && TokenTraits.isHan(w) && !TokenTraits.isFunction(n)
        && !n.startsWith("v") && !n.startsWith("a") && !n.equals("nnt") && !n.equals("nis");
  }

  static String levelOf(String name) {
    return DomainLexicon.levelEnding(name);
  }

  static boolean endsWithLevel(String name) {
    return levelOf(name) != null;
  }
}
