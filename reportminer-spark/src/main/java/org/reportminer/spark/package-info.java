/**
 * Ingestion and near-duplicate clustering as an Apache Spark job ({@link
 * org.reportminer.spark.IngestJob}): the core's extraction, site templates, analysis and dedup
 * settings run in executors, so records and clusters are those of the single-machine engine.
 */
package org.reportminer.spark;
