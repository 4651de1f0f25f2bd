package org.reportminer.analyze;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Remembers the verdicts of a name check ("is 区教育局 an organization?"): reports repeat the same
 * names many times and the checks look words up in several dictionaries. Thread-safe; bounded
 * (once full it stops remembering, it never evicts), so memory stays small on huge archives.
 */
final class NameCache {
  private static final int MAX_ENTRIES = 200_000;

  private final ConcurrentHashMap<String, Boolean> verdicts = new ConcurrentHashMap<>();
  private final Predicate<String> check;

  NameCache(Predicate<String> check) {
    this.check = check;
  }

  boolean test(String name) {
    Boolean known = verdicts.get(name);
    if (known != null) {
      return known;
    }
    boolean verdict = check.test(name);
    if (verdicts.size() < MAX_ENTRIES) {
      verdicts.put(name, verdict);
    }
    return verdict;
  }
}
