/**
 * Chinese analysis over HanLP: per-sentence segmentation, organizations, persons, places, dates, numbers, themes and keywords. Turns a {@link org.reportminer.model.Report} into an {@link org.reportminer.model.AnalyzedReport}. HanLP's global configuration is set in exactly one class of this package.
 */
package org.reportminer.analyze;
