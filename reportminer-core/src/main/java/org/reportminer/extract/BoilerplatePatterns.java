package org.reportminer.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Explicit boilerplate patterns for single lines (a text-page line or one HTML text block), the
 * second half of boilerplate removal next to the density scoring in {@link HtmlPageCleaner}. The
 * patterns describe the generic furniture of Chinese content sites, not one site's markup:
 * download buttons and "《…doc》" captions, 推荐度 ratings, 一键复制 / print / close links, share
 * bars, related-article and topic headers, previous/next links, 栏目 and location labels,
 * copyright and ICP lines, and page-metadata lines (发布时间, 来源, 浏览次数, 字号).
 *
 * <p>Every pattern is anchored on a short line (lengths are capped), so that a body sentence that
 * merely mentions "相关文章" or "版权" is never taken for furniture. Stateless and thread-safe.
 */
public final class BoilerplatePatterns {
  private BoilerplatePatterns() {}

  private static final String WORD_FILE = "(?:docx?|wps|pdf|txt|rtf)";

  /** Lines that open the trailer after an article: everything after them is furniture. */
  private static final List<Pattern> TRAILER =
      List.of(
          Pattern.compile("^《[^》]{1,100}\\." + WORD_FILE + "》$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^.{0,20}(将本文的?Word文档下载|点击下载(本|此)?文档|Word文档下载|免费下载(本|此)?文档).{0,30}(?<!。)$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("^.{0,4}(下载(本|此)?文档|文档下载|立即下载|下载本文).{0,4}$"),
          Pattern.compile("^推荐度([:：].{0,20}|[★☆\\s]*)$"),
          Pattern.compile("^(一键复制|复制全文|全文复制)$"),
          Pattern.compile("^(相关|热门|最新|推荐|精选|精彩|延伸|更多|同类|本类|相似|类似)(热门)?(专题|范文|文章|阅读|推荐|标签|资讯|新闻|视频|图片|下载|内容|文档|主题|搜索|链接|报道)(推荐|阅读|列表)?[:：]?$"),
          Pattern.compile("^(猜你喜欢|[你您]?可能(还)?(感兴趣|喜欢|想看|需要)(的)?(文章|内容|范文)?|(大家|网友|读者)(都|还)?在看|看了(本文|此文|这篇文章)的(人)?还看了|分类查询入口|热门标签|热门搜索|精彩推荐|热点推荐|相关链接|推荐阅读|延伸阅读)[:：]?$"),
          Pattern.compile("^(网友|用户|读者|最新|热门|全部)?(评论|留言|点评)(区|列表)?([（(]\\d+[）)])?[:：]?$"),
          Pattern.compile("^(发表|我要|我来)(评论|留言)[:：]?.{0,20}$"),
          Pattern.compile("^(上一篇|下一篇|上一页|下一页|上篇|下篇)[:：].{0,60}$"));

  /** Lines that are furniture wherever they appear. */
  private static final List<Pattern> FURNITURE =
      List.of(
          Pattern.compile("^[★☆✩✭\\s]+$"),
          Pattern.compile("^.{0,10}(一键复制|复制全文|全文复制|复制本文|阅读全文|展开全文|查看全文|收藏本文|加入收藏|收藏此文|打印本文|打印此文|打印本页|关闭窗口|关闭本页|返回顶部|回到顶部|返回首页|返回列表|我要纠错|举报|点赞).{0,10}$"),
          Pattern.compile("^【?(打印|关闭|收藏|返回|纠错)】?(\\s*【?(打印|关闭|收藏|返回|纠错|顶部)(本页|窗口)?】?)*$"),
          Pattern.compile("^(分享到|分享至|分享本文|分享)[:：]?.{0,40}$"),
          Pattern.compile("^(微信|微博|QQ空间|QQ好友|朋友圈|新浪微博|腾讯微博|豆瓣)(\\s+(微信|微博|QQ空间|QQ好友|朋友圈|新浪微博|腾讯微博|豆瓣))*$"),
          Pattern.compile("^栏目[:：]?.{0,20}$"),
          Pattern.compile("^[您你]?(当前|现在)?(所在)?的?位置[:：].{0,80}$"),
          Pattern.compile("^.{0,60}(版权所有|保留所有权利|Copyright|All Rights Reserved|ICP备|ICP证|公网安备|网站地图|免责声明|建议使用.{0,20}浏览器|分辨率).{0,160}$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("^.{0,3}©.{0,120}$"),
          Pattern.compile("^(联系我们|关于我们|网站声明|隐私政策|使用帮助|意见反馈|投稿|在线投稿|广告服务|友情链接)([\\s|｜丨/]+(联系我们|关于我们|网站声明|隐私政策|使用帮助|意见反馈|投稿|在线投稿|广告服务|友情链接|网站地图))*[:：]?$"),
          Pattern.compile("^(广告|推广|赞助商?链接|Advertisement)$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^.{0,20}(开通|升级|成为|加入|充值)(VIP|会员|超级会员).{0,30}(?<!。)$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^.{0,20}(VIP|会员)(专享|特权|免费下载|可免费|畅享|尊享).{0,30}(?<!。)$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^.{0,20}(扫码关注|扫一扫|长按识别|关注(我们的)?(微信)?公众号|下载(客户端|APP)).{0,20}$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^(登录|注册|登录\\s*[|｜/]\\s*注册|会员登录|用户登录)$"),
          Pattern.compile("^(本文|本篇文章|文章)(来源于网络|由.{1,20}(整理|收集|发布|提供)).{0,40}$"),
          Pattern.compile("^.{0,30}(如有侵权|侵权(请)?(联系|删除)).{0,40}$"),
          Pattern.compile("^(字号|字体)[:：].{0,20}$"));

  /** More furniture lines, each needing one of {@link #FURNITURE_MORE_WORDS} (tested first: cheap). */
  private static final List<Pattern> FURNITURE_MORE =
      List.of(
          // pagination: 首页 | 上一页 1 2 下一页 | 尾页
          Pattern.compile("^.{0,20}(首页|上一页|上页).{0,40}(下一页|下页|尾页|末页).{0,20}$"),
          // a site's name with its domain: "巴彦淖尔市政府门户网站 www.bynr.gov.cn"
          Pattern.compile("^.{2,30}(网|网站|门户|在线)\\s*(?:www\\.|https?://)[\\w.\\-/]+$", Pattern.CASE_INSENSITIVE),
          // read counts and trackbacks of blogs: "(本文发表于…, 已被阅读178次)"
          Pattern.compile("^.{0,40}(已被阅读|已阅读|阅读次数|浏览次数)\\s*[:：]?\\s*\\d+\\s*次?.{0,10}$"),
          Pattern.compile("^.{0,20}(Trackback|引用通告|通告引用).{0,20}$", Pattern.CASE_INSENSITIVE),
          // the footer of blog engines: "posted @ 2024-05-09 14:45 作者 阅读(12) 评论(0)"
          Pattern.compile("^posted\\s*@.{0,100}$", Pattern.CASE_INSENSITIVE));

  /** Editor and credit lines around an article ({@link CleaningRule#EDITOR_LINES}). */
  private static final List<Pattern> EDITOR =
      List.of(
          // (责任编辑：魏喆), [责编：杨煜], 责任编辑：化成雨_NBJ11143, 51offer编辑：Alice
          Pattern.compile("^[\\[【（(]?\\s*.{0,10}?(责任编辑|责编|编辑|审核|审校|校对|监制|编审|主编|值班编辑|实习编辑)\\s*[:：]\\s*[^。，]{1,30}?\\s*[\\]】）)]?$"),
          // 原标题：…
          Pattern.compile("^[\\[【（(]?\\s*原标题\\s*[:：].{1,80}$"),
          // 本文来源：经济观察报 作者：张恒 / 来源：X 责任编辑：Y
          Pattern.compile("^.{0,6}(来源|出处)\\s*[:：].{1,40}?\\s+(作者|责任编辑|责编|编辑)\\s*[:：].{1,30}$"),
          // bylines: 中青报·中青网记者 魏其濛 来源：中国青年报, 东方网·纵相新闻记者 单珊
          Pattern.compile("^.{0,16}(记者|通讯员|特约撰稿人?)\\s*[\\p{IsHan}·]{2,8}([\\s、]+[\\p{IsHan}·]{2,4}){0,3}(\\s+(来源|摄影|通讯员|编辑)\\s*[:：]?.{0,20})?$"),
          // 《 人民日报 》（ 2024年05月10日 04 版）
          Pattern.compile("^《\\s*[^》]{2,16}\\s*》\\s*[（(]\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(第?\\s*\\d{1,3}\\s*版)?\\s*[）)]$"));

  /** Platform disclaimers and prompts ({@link CleaningRule#DISCLAIMERS}); they may hold sentences. */
  private static final List<Pattern> DISCLAIMER =
      List.of(
          // 【…中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】
          Pattern.compile("^.{0,80}(权益|版权|著作权)(归|属于?).{0,30}(所有|独家).{0,40}(未经|不得|禁止|转载).{0,60}$"),
          Pattern.compile("^.{0,60}(未经(书面)?(授权|许可|同意)).{0,20}(不得|禁止|严禁|请勿)(转载|摘编|复制|使用).{0,60}$"),
          Pattern.compile("^更多.{0,60}(请关注|请访问|敬请关注).{0,40}$"),
          Pattern.compile("^.{0,8}推荐[!！]?$"),
          Pattern.compile("^.{0,10}(转发到|分享到)(我的)?(微博|微信|朋友圈|QQ空间).{0,10}$"),
          Pattern.compile("^.{0,30}(转载请注明|转载请联系|欢迎转载|如需转载).{0,60}$"),
          // 凡本网注明"来源：…"的作品，均转载自其他媒体，目的在于传递更多信息，并不代表本网赞同其观点
          // 免责声明：本文来自…自媒体，不代表腾讯网的观点和立场
          Pattern.compile("^.{0,160}(转载|摘编|转自|来自|免责声明).{0,80}(不代表|不意味着).{0,30}(观点|立场|赞同).{0,80}$"),
          // follow and share prompts of WeChat articles
          Pattern.compile("^.{0,20}(点击右上角|长按二维码|长按识别|一键关注|关注该公众号|关注本公众号|关注我们|阅读原文|点击上方|点击蓝字).{0,30}$"),
          Pattern.compile("^.{0,20}(投稿|爆料|商务合作|版权问题).{0,30}(微信|QQ|邮箱|联系|电话).{0,40}$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^.{0,20}(主编|小编)(强烈)?推荐[!！]?$"),
          // feedback widgets of help pages
          Pattern.compile("^以上(信息|内容|回答|解答|答案)是否(解决|帮助|有用|对您有).{0,20}$"));

  /** Keys of page-metadata lines ("发布时间：2023-04-28　来源：区政府办　浏览次数：1024"). */
  private static final Pattern METADATA =
      Pattern.compile(
          "^(【)?(发布时间|发布日期|发表时间|发表日期|更新时间|更新日期|发文日期|浏览次数|阅读次数|点击次数|点击数|点击量|浏览量|阅读量|访问量|文章来源|信息来源|本文来源|稿件来源|新闻来源|来源|作者|编辑|责任编辑|发布者|发布人|发布机构|录入|字号|浏览)(】)?\\s*[:：].{0,100}$");

  /** "第 1 页 共 3 页", "- 2 -", "3/12": page numbers left in office and PDF text. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^([-—－\\s]*\\d{1,4}[-—－\\s]*|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}|Page \\d+( of \\d+)?)$",
          Pattern.CASE_INSENSITIVE);

  /** Whether the line opens the trailer after the article (download box, related list, next link). */
  public static boolean isTrailerStart(String line) {
    return isTrailerStart(line, java.util.Set.of());
  }

  /** {@link #isTrailerStart(String)} with some rules switched off. */
  public static boolean isTrailerStart(String line, java.util.Set<CleaningRule> off) {
    return !off.contains(CleaningRule.TRAILER) && line.length() <= 140 && !innerSentenceEnd(line)
        && matchesAny(TRAILER, line);
  }

  /** Keys of the attribute tables of government portals (索引号, 成文日期 …), spaces removed. */
  private static final java.util.Set<String> ATTRIBUTE_KEYS =
      java.util.Set.of("索引号", "主题分类", "发布机构", "成文日期", "发布日期", "有效性", "文号", "发文字号", "发文机关",
          "公开方式", "公开范围", "公开时限", "体裁分类", "组配分类", "所属机构", "信息分类", "生成日期", "信息名称",
          "主题词", "关键词", "内容分类", "公开形式", "时效", "统一编号", "登记号");
  private static final Pattern ATTRIBUTE = Pattern.compile("^【?([\\p{IsHan}\\s]{2,12})】?\\s*[:：].{0,80}$");

  /** Whether {@code key} (spaces removed) is a key of a government attribute table. */
  static boolean isAttributeKey(String key) {
    return ATTRIBUTE_KEYS.contains(key);
  }

  /** The keys of government attribute tables. */
  static java.util.Set<String> attributeKeys() {
    return ATTRIBUTE_KEYS;
  }

  /** Whether the line is site furniture anywhere (includes trailer lines and metadata lines). */
  public static boolean isBoilerplate(String line) {
    return isBoilerplate(line, java.util.Set.of());
  }

  /** {@link #isBoilerplate(String)} with some rules switched off. */
  public static boolean isBoilerplate(String line, java.util.Set<CleaningRule> off) {
    if (line.length() <= 200 && !off.contains(CleaningRule.DISCLAIMERS) && containsAny(line, DISCLAIMER_WORDS)
        && matchesAny(DISCLAIMER, line)) {
      return true; // disclaimers are written in sentences
    }
    if (line.length() > 200 || innerSentenceEnd(line)) {
      return false; // furniture is a label or a button, not prose with sentences
    }
    if (TextUtil.contentChars(line) == 0) {
      return true; // separators, bullets, lone punctuation
    }
    return (!off.contains(CleaningRule.TRAILER) && matchesAny(TRAILER, line))
        || (!off.contains(CleaningRule.FURNITURE_LINES) && (matchesAny(FURNITURE, line) || isPageNumber(line)
            || (containsAny(line, FURNITURE_MORE_WORDS) && matchesAny(FURNITURE_MORE, line))))
        || (!off.contains(CleaningRule.METADATA_LINES) && isMetadataLine(line))
        || (!off.contains(CleaningRule.EDITOR_LINES) && containsAny(line, EDITOR_WORDS) && matchesAny(EDITOR, line));
  }

  /** A page-metadata line: publication time, source, author, view counts (not a body sentence). */
  public static boolean isMetadataLine(String line) {
    if (line.length() > 120 || line.contains("。") || (line.indexOf('：') < 0 && line.indexOf(':') < 0)) {
      return false; // every metadata line has a key and a colon
    }
    if (METADATA.matcher(line).matches()) {
      return true;
    }
    var m = ATTRIBUTE.matcher(line);
    return m.matches() && ATTRIBUTE_KEYS.contains(m.group(1).replaceAll("\\s", ""));
  }

  /** A page number line from office or PDF text. */
  public static boolean isPageNumber(String line) {
    return line.length() <= 24 && PAGE_NUMBER.matcher(line).matches();
  }

  private static boolean innerSentenceEnd(String line) {
    int i = line.indexOf('。');
    return i >= 0 && i < line.length() - 1;
  }

  /** Every {@link #DISCLAIMER} pattern needs one of these words: a cheap test before the regexes. */
  private static final String[] DISCLAIMER_WORDS = {
    "权", "转载", "不代表", "关注", "二维码", "阅读原文", "点击", "投稿", "爆料", "合作", "推荐", "以上", "更多", "转发", "分享", "长按"};
  /** Every {@link #EDITOR} pattern needs one of these. */
  private static final String[] EDITOR_WORDS = {"编", "审", "校对", "监制", "原标题", "《", "来源", "出处", "记者", "通讯员", "撰稿"};

  private static final String[] FURNITURE_MORE_WORDS = {
    "页", "www.", "http", "阅读", "浏览", "Trackback", "trackback", "引用", "posted", "Posted"};

  private static boolean containsAny(String line, String[] words) {
    for (String w : words) {
      if (line.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(List<Pattern> patterns, String line) {
    for (Pattern p : patterns) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
