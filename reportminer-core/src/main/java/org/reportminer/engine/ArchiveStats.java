package org.reportminer.engine;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.IndexStatistics;
import org.reportminer.index.IndexStats;

/**
 * What an index holds: its counts ({@link IndexStatistics}) and its near-duplicate clusters.
 * Near duplicates are counted like exact ones: the members of a cluster other than its
 * representative.
 *
 * @param index reports, pages, inputs, exact duplicates, failures and size
 * @param nearDuplicates members of near-duplicate clusters other than their representatives
 * @param nearDuplicateClusters the number of near-duplicate clusters
 */
public record ArchiveStats(IndexStatistics index, int nearDuplicates, int nearDuplicateClusters) {

  /** The statistics of the index in {@code layout}; an index not yet created counts zero. */
  public static ArchiveStats of(IndexLayout layout) throws IOException {
    IndexedDuplicates.Census near = new IndexedDuplicates.Census(0, 0);
    if (Files.isDirectory(layout.lucene())) {
      try (Directory dir = FSDirectory.open(layout.lucene())) {
        if (DirectoryReader.indexExists(dir)) {
          try (DirectoryReader reader = DirectoryReader.open(dir)) {
            near = IndexedDuplicates.census(reader);
          }
        }
      }
    }
    return new ArchiveStats(IndexStats.of(layout), near.clustered() - near.clusters(), near.clusters());
  }

  /** True when {@code layout} holds an index with at least one commit. */
  public static boolean exists(IndexLayout layout) throws IOException {
    return IndexStats.exists(layout);
  }
}
