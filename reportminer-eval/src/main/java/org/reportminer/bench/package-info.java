/**
 * Benchmark harnesses behind {@code reportminer bench <stage>}: each measures a stage against a
 * raw-library baseline in the same run and writes its own marked section of docs/BENCHMARKS.md
 * ({@link org.reportminer.bench.DocSections}). Never run from unit tests.
 */
package org.reportminer.bench;
