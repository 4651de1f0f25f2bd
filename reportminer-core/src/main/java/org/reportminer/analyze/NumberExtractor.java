package org.reportminer.analyze;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportminer.model.DateValue;
import org.reportminer.model.NumberValue;

/**
 * Finds quantities: a number with its measure word or unit and an approximation flag. "95家" is
 * 95 家; "1000余份" 1000 份 approx; "100多人次" 100 人次 approx; "三十七名" 37 名; "两千余册" 2000 册
 * approx; "3.5万元" 35000 元; "12%" and "百分之五" 12 % and 5 %; "近千人" 1000 人 approx.
 *
 * <p>Not quantities: numbers without a unit (section numbers 一、 1., bare years, phone numbers,
 * 4·26), anything inside a date, ordinals (第3名), numbers glued to Latin letters (G20), the
 * article-like "一" (一次, 一批), single multiplier characters without 余/多 (万家灯火), numbers in
 * fixed political formulas (四个意识, 两个维护, 三会一课) and idioms where another numeral follows
 * the unit (三位一体, 千家万户), school grades (六年级), multi-year programme names (三年行动) and
 * scopes (一年来). Durations count, in years too (坚守八年), like 天, 小时 and 个月.
 *
 * <p>Stateless and thread-safe.
 */
public final class NumberExtractor {
  /** Units, longest first so that 人次 wins over 人. */
  private static final List<String> UNITS;

  static {
    List<String> u =
        new ArrayList<>(
            List.of(
                "微克/立方米", "毫克/立方米", "个百分点", "百分点", "平方公里", "平方米", "立方米", "个工作日",
                "工作日", "人次", "家次", "批次", "场次", "户次", "车次", "架次", "剂次", "课时", "学时", "小时",
                "分钟", "个月", "星期", "周年", "周岁", "公里", "千米", "千克", "公斤", "公顷", "毫米", "厘米",
                "美元", "方面", "元", "人", "名", "位", "家", "个", "份", "册", "本", "件", "次", "场", "项", "条",
                "篇", "幅", "张", "期", "户", "台", "辆", "套", "批", "支", "块", "种", "类", "间", "座", "栋",
                "所", "班", "届", "轮", "节", "首", "部", "集", "页", "双", "对", "组", "队", "处", "棵", "株",
                "头", "只", "艘", "架", "枚", "盒", "箱", "袋", "瓶", "包", "桶", "吨", "克", "斤", "米", "亩",
                "天", "周", "年", "岁", "起", "根", "副", "分", "倍", "%", "‰", "TB", "GB", "MB"));
    u.sort(Comparator.comparingInt(String::length).reversed());
    UNITS = List.copyOf(u);
  }

  private static final List<String> FORMULAS =
      List.of(
          "四个意识", "四个自信", "两个维护", "两个确立", "四个全面", "五位一体", "三会一课", "两学一做", "三严三实",
          "一岗双责", "三重一大", "八项规定", "四个服从", "两个责任", "三个代表", "两个务必", "四个伟大",
          "五个一", "十个坚持", "三个一", "两个一百年", "一带一路", "三个务必", "三大攻坚战", "四个不摘");

  private static final String[] PRE_APPROX = {"将近", "大约", "超过", "约", "近", "逾", "超"};
  /** Characters a quantity can start with; every other position is skipped at once. */
  private static final String STARTS = ChineseNumerals.CHARS + "将大超约近逾";

  /** A number extractor; it keeps no state between calls. */
  public NumberExtractor() {}

  /** The quantities in {@code text} outside the given date spans, in order of position. */
  public List<NumberValue> extract(String text, List<DateValue> dates) {
    DigitSpacing spacing = DigitSpacing.of(text);
    if (!spacing.changed()) {
      return scan(text, dates);
    }
    List<DateValue> compactDates = new ArrayList<>();
    for (DateValue d : dates) {
      compactDates.add(new DateValue(d.text(), d.value(), spacing.toCompact(d.start()), spacing.toCompact(d.end())));
    }
    List<NumberValue> out = new ArrayList<>();
    for (NumberValue v : scan(spacing.text(), compactDates)) {
      int a = spacing.start(v.start());
      int b = spacing.end(v.end());
      out.add(new NumberValue(text.substring(a, b), v.value(), v.unit(), v.approx(), a, b));
    }
    return out;
  }

  private List<NumberValue> scan(String text, List<DateValue> dates) {
    String f = WidthFolding.fold(text);
    boolean[] inDate = new boolean[f.length()];
    for (DateValue d : dates) {
      for (int k = Math.max(0, d.start()); k < Math.min(f.length(), d.end()); k++) {
        inDate[k] = true;
      }
    }
    List<NumberValue> out = new ArrayList<>();
    int i = 0;
    while (i < f.length()) {
      char c = f.charAt(i);
      if ((c < '0' || c > '9') && STARTS.indexOf(c) < 0) {
        i++;
        continue;
      }
      NumberValue v = inDate[i] ? null : at(text, f, i, inDate);
      if (v == null) {
        i++;
      } else {
        out.add(v);
        i = v.end();
      }
    }
    return out;
  }

  private NumberValue at(String text, String f, int i, boolean[] inDate) {
    if (i > 0 && glued(f.charAt(i - 1), f.charAt(i))) {
      return null;
    }
    int start = i;
    boolean approx = false;
    int j = i;
    for (String w : PRE_APPROX) {
      if (f.startsWith(w, j) && j + w.length() < f.length() && startsNumber(f.charAt(j + w.length()))) {
        approx = true;
        j += w.length();
        break;
      }
    }
    if (f.startsWith("百分之", j)) {
      int k = j + 3;
      int e = k;
      while (e < f.length() && (ChineseNumerals.CHARS.indexOf(f.charAt(e)) >= 0 || Character.isDigit(f.charAt(e)) || f.charAt(e) == '.' || f.charAt(e) == '点')) {
        e++;
      }
      BigDecimal v = decimal(f.substring(k, e));
      if (v == null || !inRange(inDate, start, e)) {
        return null;
      }
      return new NumberValue(text.substring(start, e), v, "%", approx, start, e);
    }
    // the number itself
    int k = j;
    BigDecimal value;
    boolean chinese = false;
    if (k < f.length() && f.charAt(k) >= '0' && f.charAt(k) <= '9') {
      while (k < f.length() && (Character.isDigit(f.charAt(k)) && f.charAt(k) < 128
          || f.charAt(k) == ',' && k + 3 < f.length() + 0 && threeDigits(f, k + 1)
          || f.charAt(k) == '.' && k + 1 < f.length() && Character.isDigit(f.charAt(k + 1)))) {
        k++;
      }
      String digits = f.substring(j, k).replace(",", "");
      if (digits.indexOf('.') != digits.lastIndexOf('.')) {
        return null; // 1.2.3: a version or section number, not a quantity
      }
      value = new BigDecimal(digits);
    } else {
      while (k < f.length() && ChineseNumerals.CHARS.indexOf(f.charAt(k)) >= 0) {
        k++;
      }
      if (k == j) {
        return null;
      }
      // keep the longest prefix that parses: 三十七名 (not 三十七名…), 千家万户 is caught below
      int e = k;
      BigDecimal v = null;
      while (e > j && (v = ChineseNumerals.parseDecimal(f.substring(j, e))) == null) {
        e--;
      }
      if (v == null) {
        return null;
      }
      k = e;
      value = v;
      chinese = true;
    }
    int numberEnd = k;
    // approximation and multipliers: 1000余份, 100多人次, 3.5万元, 20多万元, 三千余册
    BigDecimal multiplier = BigDecimal.ONE;
    boolean more = true;
    while (more && k < f.length()) {
      char c = f.charAt(k);
      more = false;
      if ((c == '余' || c == '多' || c == '来') && !approxAfter(f, k)) {
        approx = true;
        k++;
        more = true;
      } else if (!chinese && (c == '万' || c == '亿' || c == '千' || c == '百')) {
        multiplier = multiplier.multiply(switch (c) {
          case '万' -> BigDecimal.valueOf(10_000);
          case '亿' -> BigDecimal.valueOf(100_000_000);
          case '千' -> BigDecimal.valueOf(1000);
          default -> BigDecimal.valueOf(100);
        });
        k++;
        more = true;
      } else if (chinese && (c == '万' || c == '亿')) {
        multiplier = multiplier.multiply(c == '万' ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
        k++;
        more = true;
      }
    }
    String unit;
    int end;
    if (f.startsWith("个多小时", k) || f.startsWith("个多月", k)) {
      // 两个多小时, 两个多月: 多 sits inside the unit
      approx = true;
      unit = f.startsWith("个多小时", k) ? "小时" : "个月";
      end = k + (unit.equals("小时") ? 4 : 3);
    } else if (f.startsWith("个小时", k)) {
      unit = "小时"; // 三个小时: 个 counts the hours
      end = k + 3;
    } else if (f.startsWith("大", k) && unitAt(f, k + 1) != null && "类项方面".contains(unitAt(f, k + 1))) {
      unit = unitAt(f, k + 1); // 四大类
      end = k + 1 + unit.length();
    } else {
      unit = unitAt(f, k);
      if (unit == null) {
        return null;
      }
      end = k + unit.length();
    }
    String numeral = f.substring(j, numberEnd);
    if (chinese && !acceptChinese(f, start, j, numeral, unit, end, approx)) {
      return null;
    }
    if (unit.equals("年") && notACountOfYears(f, end)) {
      return null;
    }
    for (String after : new String[] {"左右", "以上", "以内", "上下"}) {
      if (f.startsWith(after, end)) {
        approx = true;
        end += after.length();
        break;
      }
    }
    if (unit.equals("个百分点") || unit.equals("百分点")) {
      unit = "个百分点";
    }
    if (!inRange(inDate, start, end) || formula(f, j)) {
      return null;
    }
    return new NumberValue(text.substring(start, end), scaled(value, multiplier, chinese), unit, approx, start, end);
  }

  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

  /**
   * The value times its multiplier. A Chinese numeral with 亿 in it whose 万 comes after an
   * approximation word ("七亿七千多万" is 七亿 and 七千多万) takes the multiplier in its part
   * below 亿 only.
   */
  static BigDecimal scaled(BigDecimal value, BigDecimal multiplier, boolean chinese) {
    if (!chinese || multiplier.compareTo(YI) >= 0 || value.compareTo(YI) < 0) {
      return value.multiply(multiplier);
    }
    BigDecimal[] parts = value.divideAndRemainder(YI);
    return parts[0].multiply(YI).add(parts[1].multiply(multiplier));
  }

  /**
   * Words after "N年" that make it something other than a number of years: a scope (一年来), a
   * school grade (六年级, 七、八年级: a class designation like 初二（3）班), or the name of a
   * multi-year programme (三年行动, 五年规划, 三年计划), which is a name, not a quantity.
   */
  static boolean notACountOfYears(String f, int end) {
    for (String after : new String[] {"来", "级", "行动", "规划", "计划"}) {
      if (f.startsWith(after, end)) {
        return true;
      }
    }
    return false;
  }

  /** 余 in 余额 (a balance) is not an approximation. */
  private static boolean approxAfter(String f, int k) {
    return f.startsWith("余额", k);
  }

  private static final java.util.Set<String> DURATIONS = java.util.Set.of("个月", "天", "周", "小时", "星期", "分钟");
  private static final String[] COUNTING_CONTEXT = {"为期", "历时", "共计", "合计", "共", "仅", "只有", "达", "用了"};

  private static boolean acceptChinese(String f, int start, int j, String numeral, String unit, int end, boolean approx) {
    if (numeral.equals("一") || numeral.equals("壹")) {
      // 一次, 一批, 一系列: an article; 为期一个月, 一天: a count
      if (DURATIONS.contains(unit)) {
        return true;
      }
      for (String c : COUNTING_CONTEXT) {
        if (start >= c.length() && f.startsWith(c, start - c.length())) {
          return true;
        }
      }
      return false;
    }
    if (unit.equals("届") || unit.equals("期") || unit.equals("分")) {
      return false; // 十届人大, 二期工程: ordinals; 十分: "very"
    }
    if (unit.equals("次") && (f.startsWith("会议", end) || f.startsWith("全会", end) || f.startsWith("全体会议", end))) {
      return false; // 二次会议
    }
    if (numeral.length() == 1 && "十百千万亿".indexOf(numeral.charAt(0)) >= 0 && !approx && !numeral.equals("十")) {
      return false; // 万家灯火, 百家争鸣
    }
    if (end < f.length() && ChineseNumerals.CHARS.indexOf(f.charAt(end)) >= 0) {
      return false; // 三位一体, 千家万户, 三番五次
    }
    return true;
  }

  /** Whether the number at {@code j} is inside one of the fixed formulas (四个意识 …). */
  private static boolean formula(String f, int j) {
    for (String s : FORMULAS) {
      for (int idx = Math.max(0, j - s.length() + 1); idx <= j; idx++) {
        if (f.startsWith(s, idx)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String unitAt(String f, int k) {
    for (String u : UNITS) {
      if (f.startsWith(u, k)) {
        return u;
      }
    }
    return null;
  }

  /** The char before a number that makes it part of something else: 第3, G20, 1.5 … */
  private static boolean glued(char prev, char c) {
    if (!startsNumber(c) && c != '百' && "将大超约近逾".indexOf(c) < 0) {
      return false;
    }
    if (prev == '第' || prev == '_' || prev == '.' || prev == '·' || prev == '-' || prev == '/' || prev == '#') {
      return true;
    }
    if (prev < 128 && Character.isLetterOrDigit(prev)) {
      return true;
    }
    return ChineseNumerals.CHARS.indexOf(prev) >= 0 && ChineseNumerals.CHARS.indexOf(c) >= 0
        || Character.isDigit(prev) && Character.isDigit(c);
  }

  private static boolean startsNumber(char c) {
    return c >= '0' && c <= '9' || ChineseNumerals.CHARS.indexOf(c) >= 0;
  }

  private static boolean threeDigits(String f, int k) {
    if (k + 3 > f.length()) {
      return false;
    }
    for (int m = k; m < k + 3; m++) {
      if (!Character.isDigit(f.charAt(m))) {
        return false;
      }
    }
    return k + 3 == f.length() || !Character.isDigit(f.charAt(k + 3));
  }

  private static boolean inRange(boolean[] inDate, int start, int end) {
    for (int k = start; k < end && k < inDate.length; k++) {
      if (inDate[k]) {
        return false;
      }
    }
    return true;
  }

  /** "5", "12.5", "五", "十二点五" as a decimal, or null. */
  private static BigDecimal decimal(String s) {
    if (s.isEmpty()) {
      return null;
    }
    if (s.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '.')) {
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    int dot = s.indexOf('点');
    if (dot < 0) {
      return ChineseNumerals.parseDecimal(s);
    }
    BigDecimal whole = ChineseNumerals.parseDecimal(s.substring(0, dot));
    String frac = s.substring(dot + 1);
    if (whole == null || frac.isEmpty()) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : frac.toCharArray()) {
      int d = ChineseNumerals.digit(c);
      if (d < 0) {
        return null;
      }
      digits.append(d);
    }
    return whole.add(new BigDecimal("0." + digits));
  }
}
