/**
 * Duplicates and copying: normalized-text hashes, MinHash/LSH near-duplicate clusters, passage alignment and per-section copy reports.
 */
package org.reportminer.dedup;
