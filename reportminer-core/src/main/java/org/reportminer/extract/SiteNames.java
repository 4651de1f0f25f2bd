package org.reportminer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The names a page gives its own site, so that a {@code <title>} part naming the site is never
 * taken for the article's title. Sources: the declared names ({@code og:site_name}, {@code
 * application-name}, and {@code SiteName}, which Chinese government CMSs write), and the owner
 * named in the page's copyright or sponsor line ("©2025 某某研究所", "Copyright 2014 某某学院版权所有",
 * "主办单位：某某局"). Immutable.
 */
final class SiteNames {
  /** "© 2025 name", "Copyright?2014 name版权所有", "版权所有：name", "(c) name". */
  private static final Pattern COPYRIGHT =
      Pattern.compile("(?:©|Copyright|COPYRIGHT|\\([cC]\\)|版权所有\\s*[:：]?)\\s*[©?]?\\s*"
          + "(?:\\d{4}(?:\\s*[-–~至]\\s*\\d{4})?\\s*[年,，]?)?\\s*(\\p{IsHan}[\\p{IsHan}·（）()]{1,29})");
  /** "name版权所有" with the name right before it. */
  private static final Pattern OWNER_BEFORE = Pattern.compile("(\\p{IsHan}[\\p{IsHan}·（）()]{1,29}?)\\s*版权所有");
  /** "主办单位：name", "主办：name". */
  private static final Pattern SPONSOR = Pattern.compile("(?:主办单位|网站主办|主办)\\s*[:：]\\s*(\\p{IsHan}[\\p{IsHan}·（）()]{1,29})");
  /** Words that end an owner's name in a copyright line and belong to the line, not the name. */
  private static final Pattern NAME_TAIL = Pattern.compile("(版权所有|保留所有权利|所有|主办|承办|技术支持)$");

  private final Set<String> names;

  private SiteNames(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  /** No known name. */
  static SiteNames none() {
    return new SiteNames(Set.of());
  }

  /**
   * The names declared in {@code head} and those the page's short lines name as owner or sponsor
   * ({@code lines}: the page's text blocks; lines of 200 characters or more are prose, not looked at).
   */
  static SiteNames of(Element head, List<String> lines) {
    Set<String> found = new LinkedHashSet<>();
    for (String q : new String[] {"meta[property=og:site_name]", "meta[name=application-name]", "meta[name=SiteName]"}) {
      for (Element e : head.select(q)) {
        add(found, e.attr("content"));
      }
    }
    for (String line : lines) {
      if (line.length() >= 200) {
        continue;
      }
      if (line.contains("版权") || line.contains("©") || line.contains("opyright") || line.contains("COPYRIGHT")
          || line.contains("(c)") || line.contains("(C)")) {
        addAll(found, COPYRIGHT.matcher(line));
        addAll(found, OWNER_BEFORE.matcher(line));
      }
      if (line.contains("主办")) {
        addAll(found, SPONSOR.matcher(line));
      }
    }
    return new SiteNames(found);
  }

  private static void addAll(Set<String> found, Matcher m) {
    while (m.find()) {
      add(found, m.group(1));
    }
  }

  private static void add(Set<String> found, String name) {
    String n = NAME_TAIL.matcher(TextUtil.normalize(name)).replaceAll("");
    if (TextUtil.contentChars(n) >= 2) {
      found.add(n);
    }
  }

  /** The names found, in the order found. */
  List<String> names() {
    return new ArrayList<>(names);
  }

  /**
   * Whether {@code part} names the site: it is one of the names, or a short form of one (a name
   * contains it: "国学院" of "武汉大学国学院"), or one of the names with a home-page word (…官网, …首页).
   */
  boolean names(String part) {
    String p = TextUtil.normalize(part).replaceAll("(官网|官方网站|首页|主页)$", "");
    if (TextUtil.contentChars(p) < 2) {
      return false;
    }
    for (String n : names) {
      if (n.equals(p) || (n.contains(p) && p.length() >= 3)) {
        return true;
      }
    }
    return false;
  }
}
