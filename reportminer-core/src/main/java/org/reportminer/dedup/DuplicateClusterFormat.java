package org.reportminer.dedup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportminer.model.English;
import org.reportminer.model.RecordJson;

/** Prints near-duplicate clusters for people (text) and programs (JSON Lines). Stateless. */
public final class DuplicateClusterFormat {
  private DuplicateClusterFormat() {}

  /**
   * The clusters restricted to members at least {@code minSimilarity} similar to their
   * representative; clusters left with one member are dropped.
   */
  public static List<DuplicateCluster> atLeast(List<DuplicateCluster> clusters, double minSimilarity) {
    List<DuplicateCluster> out = new ArrayList<>();
    for (DuplicateCluster c : clusters) {
      List<DuplicateCluster.Member> kept = new ArrayList<>();
      for (DuplicateCluster.Member m : c.members()) {
        if (m.similarity() >= minSimilarity) {
          kept.add(m);
        }
      }
      if (kept.size() > 1) {
        out.add(new DuplicateCluster(c.id(), c.representative(), kept, c.exact()));
      }
    }
    return out;
  }

  /** One block per cluster: the representative, then each member with its similarity. */
  public static String text(List<DuplicateCluster> clusters) {
    StringBuilder sb = new StringBuilder();
    int reports = clusters.stream().mapToInt(c -> c.members().size()).sum();
    sb.append(English.count(clusters.size(), "cluster")).append(", ")
        .append(English.count(reports, "report")).append(System.lineSeparator());
    for (DuplicateCluster c : clusters) {
      sb.append(String.format(Locale.ROOT, "%ncluster %s (%s%s)%n", c.id(),
          English.count(c.members().size(), "report"), c.exact() ? ", exact" : ""));
      for (DuplicateCluster.Member m : c.members()) {
        boolean rep = m.id().equals(c.representative());
        sb.append(
            String.format(
                Locale.ROOT, "  %s %6s  %s  %s  %s  %s%n",
                rep ? "*" : " ",
                rep ? "rep" : m.exactDuplicate() ? "exact" : String.format(Locale.ROOT, "%.3f", m.similarity()),
                m.id(), m.published() == null ? "----------" : m.published(), m.title(),
                m.source() == null ? "" : m.source()));
      }
    }
    return sb.toString();
  }

  /** One JSON object for a cluster. */
  public static ObjectNode json(DuplicateCluster c) {
    ObjectNode o = RecordJson.mapper().createObjectNode();
    o.put("cluster", c.id());
    o.put("representative", c.representative());
    o.put("exact", c.exact());
    ArrayNode members = o.putArray("members");
    for (DuplicateCluster.Member m : c.members()) {
      ObjectNode n = members.addObject();
      n.put("id", m.id());
      n.put("title", m.title());
      n.put("source", m.source());
      n.put("published", m.published());
      n.put("similarity", Math.round(m.similarity() * 10000) / 10000.0);
      n.put("exactDuplicate", m.exactDuplicate());
    }
    return o;
  }
}
