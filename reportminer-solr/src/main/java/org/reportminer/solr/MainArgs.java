package org.reportminer.solr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of this module's two small mains ({@link LoadIndex}, {@link
 * LocalCloud}); an unknown option or a missing value is an {@link IllegalArgumentException} with
 * a one-line message.
 */
final class MainArgs {
  private final Map<String, String> values = new HashMap<>();

  MainArgs(String[] args, Set<String> known) {
    List<String> list = List.of(args);
    for (int i = 0; i < list.size(); i++) {
      String name = list.get(i);
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name + " (options: " + String.join(", ", known) + ")");
      }
      if (i + 1 >= list.size()) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      values.put(name, list.get(++i));
    }
  }

  String get(String name, String orElse) {
    return values.getOrDefault(name, orElse);
  }

  int integer(String name, int orElse) {
    String v = values.get(name);
    try {
      return v == null ? orElse : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not " + v);
    }
  }

  boolean has(String name) {
    return values.containsKey(name);
  }
}
