package org.reportminer.spark;

import java.io.Serializable;

/**
 * One input file of the job.
 *
 * @param uri where executors read it (a Hadoop file system URI)
 * @param shown its path as the command line shows it ({@code corpus/zip/a.zip}): records and
 *     failures of its documents carry this path, so their ids are those of {@code analyze}
 * @param order its place in the command line's enumeration order
 * @param sha256 the SHA-256 of its bytes (hex), or null until {@link InputHashes} read it
 */
public record InputFile(String uri, String shown, long order, String sha256) implements Serializable {
  /** This file with its hash. */
  InputFile withSha256(String hash) {
    return new InputFile(uri, shown, order, hash);
  }
}
