/**
 * The Lucene index of analyzed reports.
 *
 * <ul>
 *   <li>{@link org.reportminer.index.ReportSchema} owns every field name, how each field is
 *       analyzed and stored, the facet configuration, and the mapping between an {@link
 *       org.reportminer.model.AnalyzedReport} and a Lucene document (stages that add fields, such
 *       as near-duplicate clusters, add them there);
 *   <li>{@link org.reportminer.index.HanlpTokenizer} / {@link org.reportminer.index.HanlpAnalyzer}:
 *       HanLP words with exact offsets, one sentence per segmenter call; the bigram fields use
 *       Lucene's own CJKAnalyzer;
 *   <li>{@link org.reportminer.index.ReportIndexWriter}: incremental updates per input file
 *       (replace all reports of a file atomically, skip unchanged files by SHA-256, delete);
 *   <li>{@link org.reportminer.index.IndexStats}: what an index holds ({@code reportminer stats}).
 * </ul>
 *
 * <p>Layout on disk ({@link org.reportminer.index.IndexLayout}): {@code DIR/lucene/} and the
 * failures log {@code DIR/failures.jsonl}.
 */
package org.reportminer.index;
