package org.reportminer.model;

import java.util.Locale;

/**
 * Counts in English output: {@code 1 report}, {@code 2 reports}, {@code 0 reports}. Every
 * command and format prints its counts through this, so that no output reads "1 documents" or
 * "1 report match". Stateless.
 */
public final class English {
  private English() {}

  /** {@code n} and the noun, plural unless {@code n} is 1: {@code count(1, "cluster")} is "1 cluster". */
  public static String count(long n, String singular) {
    return count(n, singular, plural(singular));
  }

  /** {@code n} and {@code singular} or {@code plural}: {@code count(2, "copy", "copies")}. */
  public static String count(long n, String singular, String plural) {
    return String.format(Locale.ROOT, "%d %s", n, n == 1 ? singular : plural);
  }

  /** The verb agreeing with a count: {@code verb(1, "match", "matches")} is "matches". */
  public static String verb(long n, String plural, String singular) {
    return n == 1 ? singular : plural;
  }

  private static String plural(String noun) {
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }
}
