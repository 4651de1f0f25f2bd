package org.reportminer.dedup;

import java.util.List;

/**
 * A group of near-duplicate reports (connected by verified similar pairs).
 *
 * @param id the cluster id: the representative's report id
 * @param representative the member published earliest (then ingested first)
 * @param members every member, the representative first, each with its similarity to the
 *     representative (1.0 for exact duplicates of it)
 * @param exact true when every member has the same normalized text
 */
public record DuplicateCluster(
    String id, String representative, List<Member> members, boolean exact) {

  public DuplicateCluster {
    members = List.copyOf(members);
  }

  /**
   * One report of a cluster.
   *
   * @param id the report id
   * @param similarity Jaccard similarity of its shingles to the representative's
   * @param exactDuplicate whether its normalized text equals the representative's
   */
  public record Member(String id, double similarity, boolean exactDuplicate) {}
}
