package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.model.Report;
import org.reportminer.model.SourceInfo;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.Token;

/**
 * Each entity rule with its own small cases, positive and negative: what passes as an
 * organization, person or place name, and what whole sentences give through the analyzer.
 */
class EntityRulesTest {
  private static final DomainLexicon LEXICON = DomainLexicon.shipped();
  private static final OrganizationRules ORGS = new OrganizationRules(LEXICON);
  private static final PersonRules PERSONS = new PersonRules(LEXICON);
  private static final PlaceRules PLACES = new PlaceRules(LEXICON);
  private static final ReportAnalyzer ANALYZER = ReportAnalyzer.create(AnalysisOptions.defaults().withRules(RuleFamily.all()));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "区教育局", "__区文化体育局", "区科技创新局", "区音像制品零售行业协会", "区文化市场行政执法大队",
    "__德胜农林科技有限公司", "定州市恒宇机械科技有限公司", "定州市职业技术教育中心", "川九小学",
    "区委", "__市政府", "区总工会", "县文化馆", "市委宣传部", "区安委会办公室", "xx局", "XX公司团委",
    "柳湾街道办事处", "云溪县第二中学", "区住房和城乡建设局", "扫黄打非办", "中国消费者协会", "石门中学",
  })
  void organizationNames(String name) {
    assertTrue(ORGS.isOrganization(name), name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    // generic nouns, references, counts and descriptions
    "法律咨询", "会员单位", "驱动发展", "主办方", "我局", "本单位", "该中心", "全区多所小学", "多所小学",
    "学校", "协会", "市局", "局党组", "局办公室", "公司团委", "社区党委", "街道文化站", "舞蹈队",
    "养老服务中心", "功能型党支部", "隐患3985处", "学校9所", "为区图书馆", "一网通办", "五四红旗团支部",
    "县体育馆", "常委会", "郑丽华代表公司向康养中心", "市中心", "时代广场",
  })
  void notOrganizations(String name) {
    assertFalse(ORGS.isOrganization(name), name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"刘晓", "吴介贤", "陈晓梅", "赵明远", "欧阳娜娜", "黄永庆"})
  void personNames(String name) {
    assertTrue(PERSONS.isPerson(name), name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"范文网", "局长", "刘奶奶", "王局长", "余人", "全月共", "区里", "安全月", "刘", "张三丰四五", "Tom"})
  void notPersons(String name) {
    assertFalse(PERSONS.isPerson(name), name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"深圳", "定州市", "和平县", "柳湾街道", "石井村", "__区", "XX市", "__街道", "清溪河", "河北省"})
  void placeNames(String name) {
    assertTrue(PLACES.isPlace(name), name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"佳邦", "我市", "全区", "辖区", "试点县", "一县", "获区", "和省", "街道", "部分社区", "区教育局"})
  void notPlaces(String name) {
    assertFalse(PLACES.isPlace(name), name);
  }

  private static AnalyzedReport analyze(String text) {
    return ANALYZER.analyze(new Report("t", new SourceInfo("t", null, "", "text/plain", "UTF-8", 1, 1),
        "2023年工作总结", null, List.of(), text, List.of()));
  }

  @Test
  void companyNamesExtendOverTheirTradeNameAndPlaceholder() {
    AnalyzedReport a = analyze("4月20日组织__德胜农林科技有限公司、定州市恒宇机械科技有限公司、定州市荣鼎水环境生化技术有限公司等企业座谈宣传。");
    assertEquals(List.of("__德胜农林科技有限公司", "定州市恒宇机械科技有限公司", "定州市荣鼎水环境生化技术有限公司"), a.organizations());
  }

  @Test
  void administrativePrefixesAndPlaceholdersJoinTheName() {
    AnalyzedReport a = analyze("按照__省知识产权局关于印发《方案》的通知要求，区防汛防台抗旱指挥部提前部署。");
    assertEquals(List.of("__省知识产权局", "区防汛防台抗旱指挥部"), a.organizations());
  }

  @Test
  void quotedAbbreviationsAreOrganizationsWithoutTheirQuotes() {
    AnalyzedReport a = analyze("根据市“扫黄打非办”的要求开展活动。");
    assertEquals(List.of("扫黄打非办"), a.organizations());
    Mention m = a.mentions().get(0);
    assertEquals("扫黄打非办", a.report().text().substring(m.start(), m.end()));
  }

  @Test
  void genericNounsAndReferencesAreDropped() {
    AnalyzedReport a = analyze("活动现场进行了法律咨询、有奖问答等活动，协会会员单位配合。我局精心组织，主办方于4月初开展竞赛。");
    assertEquals(List.of(), a.organizations());
  }

  @Test
  void aSystemNamedAfterAKindOfBodyIsNotAnOrganization() {
    assertEquals(List.of(), analyze("二是推进文化馆总分馆制建设，新建乡镇分馆5个。").organizations());
    assertEquals(List.of(), analyze("全面推行河长制，落实图书馆制度。").organizations());
    // 制定 after a name is a verb: the name stands
    assertEquals(List.of("区教育局"), analyze("区教育局制定了实施方案。").organizations());
  }

  @Test
  void placeNamesTheSegmenterBrokeIntoCharactersAreJoinedBeforeTheirLevel() {
    // 青/a 岚/nz 市/n and 东/f 坪/ng 社区/n
    assertEquals(List.of("青岚市"), analyze("成功举办青岚市第五届运动会，新建城市书房12家。").places());
    assertEquals(List.of("东坪社区"), analyze("东坪社区被评为省级文明社区。").places());
    // ordinary words before a level word are no name: 各县/区, 新/城/区 is HanLP's own 新城区
    assertEquals(List.of(), analyze("各县区全面推进，城区面貌一新。").places());
  }

  @Test
  void aBareStemTheReportEstablishedIsFoundEvenWhenSplitIntoCharacters() {
    AnalyzedReport a = analyze("青岚市第五届运动会成功举办。为加快建设现代化美丽青岚而努力奋斗！");
    assertEquals(List.of("青岚市", "青岚"), a.places());
    // followed by a noun it is part of another name
    assertEquals(List.of("青岚市"), analyze("青岚市第五届运动会成功举办。青岚绿茶远销海外。").places());
  }

  @Test
  void compassRegionsCountOnlyWhenListedWithOtherRegions() {
    assertEquals(List.of("华东", "华南", "西南"), analyze("公司成立了华东、华南、西南三个销售大区。").places());
    assertEquals(List.of(), analyze("项目位于城区西南，东北方向有山。").places());
  }

  @Test
  void placesInsideARoutesNameAreNotPlaces() {
    assertEquals(List.of(), analyze("杭州至宁波高速公路通车。").places());
    assertEquals(List.of("云溪县"), analyze("云溪县开工建设青岚至云溪快速通道。").places());
    // a place followed by 至 without a route is still a place
    assertEquals(List.of("杭州", "宁波"), analyze("从杭州至宁波，沿途开展宣传。").places());
  }

  @Test
  void placesInsideAQuotedNameOfAThingAreNotPlaces() {
    String text = "桐林区开展安全生产月活动。在“平安桐林”微信公众号推送安全提示，围绕“平安桐林”开展宣传。";
    AnalyzedReport a = analyze(text);
    assertEquals(List.of("桐林区", "桐林"), a.places());
    assertTrue(a.mentions().stream().noneMatch(m -> m.text().equals("桐林") && m.start() < text.indexOf("微信")),
        a.mentions().toString());
  }

  @Test
  void membersOfAnOrganizationListAreOrganizations() {
    AnalyzedReport a = analyze("区音像制品零售行业协会承办，协会佳邦、购书中心等会员单位配合开展了活动。");
    assertTrue(a.organizations().contains("佳邦"), a.organizations().toString());
    assertTrue(a.organizations().contains("购书中心"), a.organizations().toString());
    assertFalse(a.places().contains("佳邦"), "a company's short name is not a place");
  }

  @Test
  void personsAfterAndBeforeTitles() {
    assertEquals(List.of("吴介贤"), analyze("活动邀请小明星吴介贤在现场进行签售。").persons());
    assertEquals(List.of("蔡文杰"), analyze("区委副书记蔡文杰为受表彰的代表颁奖。").persons());
    assertEquals(List.of("刘晓"), analyze("局长刘晓亲自负责。").persons());
    assertEquals(List.of(), analyze("局长亲自负责，制定了方案。").persons());
  }

  @Test
  void personMentionsAreCutBackToWordBordersButNotToTheSegmentersNameGuesses() {
    Sentence s = new Sentence("由副区长孙立群任组长，局长刘晓亲自部署。", 0, 20);
    List<Token> words = List.of(
        new Token("由", "p", 0, 1), new Token("副", "b", 1, 2), new Token("区", "n", 2, 3),
        new Token("长孙", "nr", 3, 5), new Token("立", "v", 5, 6), new Token("群", "ng", 6, 7),
        new Token("任", "v", 7, 8), new Token("组长", "nnt", 8, 10), new Token("，", "w", 10, 11),
        new Token("局长", "nnt", 11, 13), new Token("刘晓", "nr", 13, 15), new Token("亲自", "d", 15, 17),
        new Token("部署", "v", 17, 19), new Token("。", "w", 19, 20));
    // 长孙/nr straddles the start, but it is the segmenter's own name guess: kept whole
    assertEquals("孙立群", EntityRefiner.alignedToWords(new Mention(EntityType.PERSON, "孙立群", 4, 7), words, s).text());
    // 亲自/d is a real word: the name ends before it
    assertEquals("刘晓", EntityRefiner.alignedToWords(new Mention(EntityType.PERSON, "刘晓亲", 13, 16), words, s).text());
    // 长刘 would start inside 局长: cut to 刘晓
    assertEquals("刘晓", EntityRefiner.alignedToWords(new Mention(EntityType.PERSON, "长刘晓", 12, 15), words, s).text());
    // 组长 straddles the end of 任组, and one character is no name
    assertEquals(null, EntityRefiner.alignedToWords(new Mention(EntityType.PERSON, "任组", 7, 9), words, s));
    assertEquals(List.of("孙立群"), analyze("成立了由副区长孙立群任组长的活动领导小组。").persons());
  }

  @Test
  void wordsHanlpMisreadsAsNamesAreNotPersons() {
    assertEquals(List.of(), analyze("累计服务时长400余小时。共交换图书3200余册。").persons());
    assertEquals(List.of(), analyze("为弘扬雷锋精神开展活动。").persons());
  }

  @Test
  void placesStandAloneAndOrganizationsSwallowTheirPlaces() {
    AnalyzedReport a = analyze("4月20日至26日定州市开展了宣传周活动，深入到定州市职业技术教育中心等学校进行宣传。");
    assertEquals(List.of("定州市"), a.places());
    assertEquals(List.of("定州市职业技术教育中心"), a.organizations());
    assertEquals(List.of(), analyze("坚持以习近平新时代中国特色社会主义思想为指导。").places());
  }

  @Test
  void placeNamesTheReportEstablishesAreNotPersons() {
    AnalyzedReport a = analyze("邀请作家走进柳湾街道、东坪街道。柳湾是一个美丽的地方。");
    assertTrue(a.places().containsAll(List.of("柳湾街道", "东坪街道")), a.places().toString());
    assertFalse(a.persons().contains("柳湾"), a.persons().toString());
  }

  @Test
  void everyMentionPointsAtItsText() {
    AnalyzedReport a = analyze("２０２３年，__区文化体育局、区教育局共同举办了活动。局长刘晓出席。　𠀀定州市恒宇机械科技有限公司参加。");
    for (Mention m : a.mentions()) {
      assertEquals(m.text(), a.report().text().substring(m.start(), m.end()));
    }
    assertTrue(a.mentions().stream().anyMatch(m -> m.type() == EntityType.ORG && m.text().equals("定州市恒宇机械科技有限公司")));
  }

  @Test
  void shapesTheCorpusDoesNotHave() {
    AnalyzedReport a = analyze("2023年5月，杭州市西湖区卫生健康局联合浙江大学医学院附属第一医院在文三路社区开展义诊活动，副局长张伟同志出席并讲话。");
    assertEquals(List.of("杭州市西湖区卫生健康局", "浙江大学医学院附属第一医院"), a.organizations());
    assertEquals(List.of("张伟"), a.persons());
    assertFalse(a.places().contains("路社区"), a.places().toString());
    a = analyze("中国工商银行股份有限公司杭州分行、县公安局交警大队、北京市海淀区人民法院参加。");
    assertEquals(List.of("中国工商银行股份有限公司杭州分行", "县公安局交警大队", "北京市海淀区人民法院"), a.organizations());
    a = analyze("在上级党委的正确领导下，XX镇党委、镇政府高度重视，镇长王建军亲自部署，全镇12个行政村全部参与。");
    assertEquals(List.of("XX镇党委", "镇政府"), a.organizations());
    assertEquals(List.of("王建军"), a.persons());
  }
}
