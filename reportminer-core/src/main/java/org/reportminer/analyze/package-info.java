/**
 * The analysis stage: {@link org.reportminer.model.Report} in, {@link
 * org.reportminer.model.AnalyzedReport} out, through {@link org.reportminer.analyze.ReportAnalyzer}.
 *
 * <p>What it owns: sentence splitting with bounded length ({@link
 * org.reportminer.analyze.SentenceSplitter}); HanLP segmentation per sentence ({@link
 * org.reportminer.nlp.HanlpSegmenter}, with the shipped domain dictionary and a user dictionary
 * in a custom dictionary of its own); a pluggable {@link org.reportminer.nlp.EntityRecognizer}
 * (raw HanLP role tagging in {@link org.reportminer.analyze.HanlpRoleRecognizer}) and our rules
 * on top of it ({@link org.reportminer.analyze.EntityRefiner}: organization, person and place
 * rules, document-level agreement); dates to ISO values ({@link
 * org.reportminer.analyze.DateExtractor}); quantities ({@link
 * org.reportminer.analyze.NumberExtractor}); stated themes ({@link
 * org.reportminer.analyze.ThemeExtractor}); TF-IDF keywords ({@link
 * org.reportminer.analyze.KeywordExtractor}); and its evaluation against the gold ({@link
 * org.reportminer.analyze.AnalysisEvaluation}).
 *
 * <p>HanLP's global configuration is written in exactly one class, {@link
 * org.reportminer.nlp.HanlpRuntime}. Everything here is thread-safe once built.
 */
package org.reportminer.analyze;
