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
   * @param title its title
   * @param source its source path or URL
   * @param published its publication date or null
   * @param similarity Jaccard similarity of its shingles to the representative's
   * @param exactDuplicate whether its normalized text equals the representative's
   */
  public record Member(
      String id, String title, String source, String published, double similarity, boolean exactDuplicate) {}
}
