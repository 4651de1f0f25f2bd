package org.reportminer.search;

import java.util.List;
import java.util.Map;
import org.reportminer.index.Facet;

/**
 * An entity's page: its reports over time, the names most associated with it (ranked by G²,
 * {@link AssociationMeasure}), a small co-occurrence graph and its newest reports.
 *
 * @param facet the entity's kind
 * @param name the entity's name
 * @param reports reports naming it
 * @param archive reports in the whole archive (the N of the association tables)
 * @param timeline its reports per bucket
 * @param associations per kind (organization, person, place, theme), strongest first
 * @param graph the entity, its strongest partners and the reports they share
 * @param recent its newest reports (hits without snippets)
 */
public record EntityProfile(Facet facet, String name, long reports, long archive,
    Timeline timeline, Map<Facet, List<Association>> associations, Graph graph,
    List<Hit> recent) {
  public EntityProfile {
    associations = Map.copyOf(associations);
    recent = List.copyOf(recent);
  }

  /**
   * A co-occurrence graph: node 0 is the entity, the others its strongest partners; an edge joins
   * two nodes named together in {@code count} of the entity's reports.
   *
   * @param nodes the names
   * @param edges the links, each at most once
   */
  public record Graph(List<Association> nodes, List<Edge> edges) {
    public Graph {
      nodes = List.copyOf(nodes);
      edges = List.copyOf(edges);
    }
  }

  /**
   * Two nodes of a {@link Graph} named in the same reports.
   *
   * @param from index of one node
   * @param to index of the other (larger)
   * @param count the entity's reports naming both
   */
  public record Edge(int from, int to, long count) {}
}
