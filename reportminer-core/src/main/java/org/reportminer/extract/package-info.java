/**
 * Extraction: from the bytes of one document to clean, split reports.
 *
 * <p>{@link org.reportminer.extract.Extractor} is the engine: {@link
 * org.reportminer.model.RawDocument} → {@link org.reportminer.model.Page} → {@link
 * org.reportminer.model.Report}s. Inside it, {@link org.reportminer.extract.TypeDetector} finds
 * the type from the content (Tika), {@link org.reportminer.extract.CharsetDecider} decodes HTML
 * and text (BOM, declarations checked against the bytes, ICU detection; GBK as GB18030), {@link
 * org.reportminer.extract.HtmlPageCleaner} cleans HTML with jsoup (density scoring plus {@link
 * org.reportminer.extract.BoilerplatePatterns}), {@link org.reportminer.extract.TextPageCleaner}
 * cleans pages saved as text, {@link org.reportminer.extract.TikaTextReader} reads DOCX, PDF, DOC
 * and the rest with Tika, {@link org.reportminer.extract.ReportSplitter} splits pages that carry
 * several reports and {@link org.reportminer.extract.SectionFinder} finds headed sections. {@link
 * org.reportminer.extract.SiteTemplates} removes lines that the pages of one site share (learned
 * per run). {@link org.reportminer.extract.ExtractionEvaluation} measures all of it against the
 * gold. Input enumeration (files, archives, WARC) is not here but in {@code pipeline}.
 */
package org.reportminer.extract;
