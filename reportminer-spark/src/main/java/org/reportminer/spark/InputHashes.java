package org.reportminer.spark;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The SHA-256 of every input file, read by executors (one sequential read of each file, no
 * extraction): with its path it tells a rerun whether the file is already done. A file that cannot
 * be read gets no hash, so it is processed (and fails there with its reason).
 */
final class InputHashes {
  private InputHashes() {}

  /** {@code files} with their hashes, in the same order. */
  static List<InputFile> of(JavaSparkContext sc, List<InputFile> files) {
    if (files.isEmpty()) {
      return files;
    }
    int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
    return sc.parallelize(files, slices).mapPartitions(InputHashes::hashed).collect();
  }

  /** One Hadoop configuration per task: building one reads its XML resources, which costs more than hashing a page. */
  private static Iterator<InputFile> hashed(Iterator<InputFile> files) {
    Configuration conf = new Configuration();
    List<InputFile> out = new ArrayList<>();
    files.forEachRemaining(f -> out.add(f.withSha256(sha256(f.uri(), conf))));
    return out.iterator();
  }

  /** The hex SHA-256 of the file at {@code uri}, or null when it cannot be read. */
  static String sha256(String uri, Configuration conf) {
    Path path = new Path(uri);
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        digest.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }
}
