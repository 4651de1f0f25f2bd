/**
 * The engine API: the one door the command line, the HTTP server and distributed jobs use.
 * {@link org.reportminer.engine.Ingestion} runs ingestion (inputs to an index, with analysis,
 * fingerprints and near-duplicate clusters); {@link org.reportminer.engine.Archive} reads an index
 * (search, a report by id, similar reports, near-duplicate clusters, copy checks, statistics).
 * The faces parse options, call these and format what comes back; they never open Lucene or HanLP
 * themselves.
 */
package org.reportminer.engine;
