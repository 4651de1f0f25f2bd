package org.reportminer.pipeline;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which indexed inputs are gone, for {@code ingest --delete-missing}: their file no longer
 * exists, or they were members of an archive (or records of a WARC file) that this run read and
 * that no longer holds them.
 */
final class GoneInputs {
  private GoneInputs() {}

  /**
   * The paths among {@code indexed} that are gone.
   *
   * @param seen the input paths this run went through
   * @param containersRead the archives and WARC files this run read
   * @param keys how the paths (source keys) resolve to files
   */
  static List<String> of(List<String> indexed, Set<String> seen, Set<String> containersRead, SourceKeys keys) {
    List<String> out = new ArrayList<>();
    for (String path : indexed) {
      if (seen.contains(path)) {
        continue;
      }
      String container = container(path, keys);
      boolean fileGone = !exists(container, keys);
      boolean droppedFromArchive = !container.equals(path) && containersRead.contains(container);
      if (fileGone || droppedFromArchive) {
        out.add(path);
      }
    }
    return out;
  }

  /** The file on disk holding {@code path}: the archive of a member, the WARC of a record. */
  static String container(String path, SourceKeys keys) {
    if (exists(path, keys)) {
      return path;
    }
    int member = path.indexOf("!/");
    if (member > 0) {
      return path.substring(0, member);
    }
    int record = path.lastIndexOf('#');
    if (record > 0 && path.substring(record + 1).matches("\\d+")) {
      return path.substring(0, record);
    }
    return path;
  }

  private static boolean exists(String path, SourceKeys keys) {
    if (path.equals("-")) {
      return true; // stdin documents are never "gone"
    }
    try {
      return Files.exists(keys.file(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
