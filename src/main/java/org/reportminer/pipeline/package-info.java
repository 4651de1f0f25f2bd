/**
 * Batch ingestion: input sources (files, directories, zip, WARC, stdin), parallel bounded workers, checkpoints, the failures log and progress reporting.
 */
package org.reportminer.pipeline;
