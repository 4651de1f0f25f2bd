package org.reportminer.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Connected components of the verified links, on the driver (links are few next to reports: one
 * per near-duplicate, a few dozen bytes each). A cluster is named by its representative: the
 * earliest published member (undated ones last), then the smallest id; the embedded index breaks
 * date ties by ingest order, which a parallel job does not have.
 */
final class Clusters {
  private Clusters() {}

  /** Representative id → sorted member ids, for every component of two or more reports. */
  static Map<String, List<String>> of(List<Link> links) {
    Map<String, String> parent = new HashMap<>();
    Map<String, String> published = new HashMap<>();
    for (Link l : links) {
      published.put(l.a(), l.publishedA());
      published.put(l.b(), l.publishedB());
      union(parent, l.a(), l.b());
    }
    Map<String, TreeSet<String>> groups = new HashMap<>();
    for (String id : published.keySet()) {
      groups.computeIfAbsent(find(parent, id), k -> new TreeSet<>()).add(id);
    }
    Comparator<String> order = Comparator
        .comparing((String id) -> published.get(id), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Comparator.naturalOrder());
    Map<String, List<String>> out = new TreeMap<>();
    for (TreeSet<String> members : groups.values()) {
      out.put(members.stream().min(order).orElseThrow(), new ArrayList<>(members));
    }
    return out;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (parent.containsKey(root) && !parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    String cur = id;
    while (!cur.equals(root)) {
      String next = parent.getOrDefault(cur, root);
      parent.put(cur, root);
      cur = next;
    }
    parent.putIfAbsent(root, root);
    return root;
  }
}
