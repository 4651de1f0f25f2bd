package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;

/**
 * Place rules on top of a recognizer. Places are administrative divisions: provinces, cities,
 * counties, districts (and the towns, townships and villages below them). A place name either ends
 * in a level word with a name before it ("定州市", "和平县", "海淀区") or is a place HanLP's
 * dictionaries or the user dictionary know ("深圳", "河北"). Dropped: names the recognizer guessed
 * that no dictionary knows and that carry no level word (a company's short name, "佳邦"),
 * references ("我市", "全区", "本县"), template placeholders ("__区", "XX市") and generic words
 * ("街道", "社区").
 *
 * <p>Stateless apart from the lexicon; thread-safe.
 */
final class PlaceRules {
  private static final Set<String> GENERIC =
      Set.of("街道", "社区", "城市", "农村", "城乡", "乡村", "城区", "市区", "县城", "乡镇", "地区", "当地", "本地", "各地", "全国", "基层", "辖区", "市场", "小区", "园区", "景区", "校区", "新区", "开发区", "高新区");

  private final DomainLexicon lexicon;

  PlaceRules(DomainLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Place mentions of one sentence: recognized ones and dictionary places among the tokens. */
  List<Mention> find(Pieces p, List<Mention> recognized) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : recognized) {
      if (isPlace(m.text())) {
        out.add(m);
      }
    }
    for (int k = 0; k < p.size(); k++) {
      Token t = p.get(k);
      if ((t.nature().startsWith("ns") || lexicon.isKnownPlace(t.word())) && isPlace(t.word())) {
        out.add(new Mention(EntityType.PLACE, t.word(), t.start(), t.end()));
      }
      // a name word followed by a level word the segmenter kept apart: 和平/n 县/n
      if (k > 0 && SPLIT_LEVELS.contains(t.word())) {
        Token name = p.get(k - 1);
        String w = name.word();
        String n = name.nature();
        if (w.length() >= 2 && w.length() <= 3 && TokenTraits.isHan(w) && !GENERIC_HEADS.contains(w)
            && (n.equals("n") || n.startsWith("ns") || n.equals("nz") || n.startsWith("nr") || n.equals("j"))
            && TokenTraits.REFERENCE_CHARS.indexOf(w.charAt(0)) < 0) {
          out.add(new Mention(EntityType.PLACE, w + t.word(), name.start(), t.end()));
        }
      }
    }
    return OrganizationRules.resolve(out);
  }

  private static final Set<String> SPLIT_LEVELS = Set.of("省", "市", "县", "州", "旗");

  /** Words that make "X县" a kind of county, not a county's name: 试点县, 贫困县, 农业大县. */
  private static final Set<String> GENERIC_HEADS =
      Set.of("试点", "示范", "重点", "贫困", "农业", "工业", "旅游", "产粮", "边境", "民族", "山区", "老区",
          "城区", "地级", "县级", "省级", "市级", "文明", "卫生", "园林", "先进", "全国", "人口", "经济",
          "资源", "生态", "强县", "大县", "百强", "城市", "城镇");

  /** Whether {@code name} passes as the name of an administrative division. */
  boolean isPlace(String name) {
    if (lexicon.isKnownPlace(name)) {
      return true;
    }
    if (name.length() < 2 || !TokenTraits.isHan(name) || GENERIC.contains(name)) {
      return false;
    }
    if (TokenTraits.REFERENCE_CHARS.indexOf(name.charAt(0)) >= 0 && name.length() <= 2) {
      return false;
    }
    if (lexicon.orgSuffixOf(name) != null && !endsWithLevel(name)) {
      return false;
    }
    if (TokenTraits.isDictionaryPlace(name)) {
      return true;
    }
    return endsWithLevel(name) && TokenTraits.REFERENCE_CHARS.indexOf(name.charAt(0)) < 0;
  }

  private static boolean endsWithLevel(String name) {
    for (String level : DomainLexicon.LEVEL_SUFFIXES) {
      if (name.endsWith(level) && name.length() > level.length()) {
        return true;
      }
    }
    return false;
  }
}
