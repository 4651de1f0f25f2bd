package org.reportminer.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which way of naming input files an index's report ids come from. Ingest keys every file by
 * {@link SourceKeys} (its canonical path relative to the folder holding the index) and records
 * {@link #CURRENT} in the user data of each commit it makes ({@link Checkpoint#toCommitData}).
 * Indexes built before that keyed files by their path as written on the command line, so the same
 * file could be indexed twice under two ids.
 *
 * <p>{@link #verdict} decides what an ingest may do with an index: one keyed the current way is
 * used as is; an older one whose stored paths already are the current keys (the usual case: the
 * default {@code --index index} fed from the project folder with relative paths) is used and
 * becomes current with the run's first commit; any other is refused, since ingesting into it
 * would add every file again under a second id. Reading commands do not look at the scheme.
 * Stateless.
 */
public final class IdScheme {
  /** The commit user data entry holding the scheme. */
  static final String KEY = "ingest.ids";
  /** Ids from canonical paths relative to the folder holding the index. */
  static final String CURRENT = "canonical-relative-1";

  private IdScheme() {}

  /** What an ingest may do with an index. */
  public sealed interface Verdict {
    /** The index is keyed the current way (or is empty): ingest into it. */
    record Current() implements Verdict {}

    /** An older index whose stored paths are the current keys: ingest, which marks it current. */
    record Upgrade() implements Verdict {}

    /**
     * An older index keyed otherwise: ingest refuses it.
     *
     * @param stored a stored path that is not a current key
     * @param current what the current key of that file is ({@code null} when it cannot be told)
     */
    record Refuse(String stored, String current) implements Verdict {}
  }

  /**
   * The verdict on an index whose last commit carries {@code commitData} and which holds reports
   * of {@code storedPaths} (as {@link org.reportminer.index.ReportIndexWriter#indexedInputs}
   * lists them), for an ingest keying files by {@code keys}.
   *
   * <p>An older index is upgraded when every stored path is already a key: the file it names
   * under the base folder exists and has that key, or, for a file that is gone, the path is
   * written as a key would be (relative, without {@code .} or {@code ..}, or absolute outside the
   * base folder). At least one stored file must exist: when none does, the index was probably
   * fed from another folder, and its paths cannot be checked.
   */
  public static Verdict verdict(Map<String, String> commitData, List<String> storedPaths, SourceKeys keys) {
    String scheme = commitData.get(KEY);
    if (CURRENT.equals(scheme)) {
      return new Verdict.Current();
    }
    if (scheme != null) {
      return new Verdict.Refuse("(id scheme " + scheme + ")", null);
    }
    int found = 0;
    String firstMissing = null;
    for (String stored : storedPaths) {
      if (stored.equals("-")) {
        continue; // stdin: the same key either way
      }
      String file = fileOf(stored, keys);
      Path onDisk;
      try {
        onDisk = keys.file(file);
      } catch (InvalidPathException e) {
        return new Verdict.Refuse(stored, null);
      }
      if (Files.exists(onDisk)) {
        String key;
        try {
          key = keys.of(onDisk);
        } catch (IOException e) {
          return new Verdict.Refuse(stored, null);
        }
        if (!key.equals(file)) {
          return new Verdict.Refuse(stored, key + stored.substring(file.length()));
        }
        found++;
      } else {
        String key = keys.ofCanonical(onDisk);
        if (!key.equals(file)) {
          return new Verdict.Refuse(stored, key + stored.substring(file.length()));
        }
        if (firstMissing == null) {
          firstMissing = stored;
        }
      }
    }
    if (found == 0 && firstMissing != null) {
      return new Verdict.Refuse(firstMissing, null);
    }
    return storedPaths.isEmpty() ? new Verdict.Current() : new Verdict.Upgrade();
  }

  /** Thrown by an ingest into an index it refuses; the message is the one line to show. */
  public static final class RefusedException extends IOException {
    RefusedException(String message) {
      super(message);
    }
  }

  /** The one-line message for a refused index in {@code indexDir}, keyed relative to {@code keys}. */
  public static String refusal(Verdict.Refuse r, Path indexDir, SourceKeys keys) {
    String example = r.current() == null
        ? r.stored() + " is not found under " + keys.base()
        : r.stored() + " is now " + r.current();
    return "index " + indexDir + " was built before report ids came from canonical paths (" + example
        + "); ingest into a new index: remove " + indexDir + " or give another --index";
  }

  /** The file part of a stored path: the archive of a member, the WARC file of a record. */
  private static String fileOf(String stored, SourceKeys keys) {
    return GoneInputs.container(stored, keys);
  }
}
