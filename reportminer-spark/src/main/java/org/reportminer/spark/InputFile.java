package org.reportminer.spark;

import java.io.Serializable;

/**
 * One input file of the job.
 *
 * @param uri where executors read it (a Hadoop file system URI)
 * @param shown its path as the command line shows it ({@code corpus/zip/a.zip}): records and
 *     failures of its documents carry this path, so their ids are those of {@code analyze}
 * @param order its place in the command line's enumeration order
 */
public record InputFile(String uri, String shown, long order) implements Serializable {}
