/**
 * Ingestion, near-duplicate clustering and indexing into SolrCloud as an Apache Spark job ({@link
 * org.reportminer.spark.IngestJob}): the core's extraction, site templates, analysis and dedup
 * settings run in executors, so records and clusters are those of the single-machine engine; the
 * output directory remembers the files done, so a rerun processes only new and changed ones.
 */
package org.reportminer.spark;
