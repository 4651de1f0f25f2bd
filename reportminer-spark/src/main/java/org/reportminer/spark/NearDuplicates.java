package org.reportminer.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.model.RecordJson;
import scala.Tuple2;

/**
 * Banded MinHash near-duplicate clustering with the core's settings and fingerprints: each report
 * is keyed by its LSH band keys and its exact hash, reports sharing a key are candidate pairs
 * (group by key, pairs within the group, distinct), each pair is verified as the embedded index
 * verifies it ({@link DupKeys#similarity}) by joining both reports' keys, and the verified links
 * are clustered into connected components ({@link Clusters}). The settings are the core's
 * defaults, those of {@code ingest} and {@code dups}.
 */
final class NearDuplicates {
  /** The dedup settings (a constant: functions sent to executors refer to it, never capture it). */
  static final DedupSettings SETTINGS = DedupSettings.defaults();

  private NearDuplicates() {}

  /** The verified links among the records (JSON lines) of {@code records}. */
  static JavaRDD<Link> links(JavaRDD<String> records) {
    JavaPairRDD<String, DupKeys> keys = records
        .map(line -> DupKeys.of(RecordJson.analyzed(line).report(), SETTINGS))
        .mapToPair(k -> new Tuple2<>(k.id(), k))
        .cache();
    JavaPairRDD<String, String> pairs = keys.values()
        .flatMapToPair(NearDuplicates::bucketKeys)
        .groupByKey()
        .flatMapToPair(NearDuplicates::pairsInBucket)
        .distinct();
    return pairs.join(keys)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .join(keys)
        .map(t -> link(t._2()._1(), t._2()._2()))
        .filter(l -> l.similarity() >= SETTINGS.minSimilarity());
  }

  /** "b" + band key and "x" + exact hash, each with the report id. */
  private static Iterator<Tuple2<String, String>> bucketKeys(DupKeys k) {
    List<Tuple2<String, String>> out = new ArrayList<>(k.bandKeys().length + 1);
    for (long key : k.bandKeys()) {
      out.add(new Tuple2<>("b" + Long.toHexString(key), k.id()));
    }
    out.add(new Tuple2<>("x" + k.exactHash(), k.id()));
    return out.iterator();
  }

  /** Every pair (smaller id, larger id) of a bucket. */
  private static Iterator<Tuple2<String, String>> pairsInBucket(Tuple2<String, Iterable<String>> bucket) {
    List<String> ids = new ArrayList<>();
    bucket._2().forEach(ids::add);
    if (ids.size() < 2) {
      return Collections.emptyIterator();
    }
    Collections.sort(ids);
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (!ids.get(i).equals(ids.get(j))) {
          out.add(new Tuple2<>(ids.get(i), ids.get(j)));
        }
      }
    }
    return out.iterator();
  }

  private static Link link(DupKeys a, DupKeys b) {
    return new Link(a.id(), b.id(), DupKeys.similarity(a, b, SETTINGS), a.published(), b.published());
  }
}
