/**
 * Batch ingestion around the stages: input sources ({@link org.reportminer.pipeline.InputSources}:
 * files, directories, zip, WARC, stdin), per-document time limits ({@link
 * org.reportminer.pipeline.TimeLimitedExecutor}), outcomes that make bad documents values ({@link
 * org.reportminer.pipeline.Outcome}), the failures log ({@link
 * org.reportminer.pipeline.FailureLog}), an extraction run over many inputs ({@link
 * org.reportminer.pipeline.ExtractionRun}) and the gold corpus for evaluation ({@link
 * org.reportminer.pipeline.GoldCorpus}). Checkpoints and progress belong here too.
 */
package org.reportminer.pipeline;
