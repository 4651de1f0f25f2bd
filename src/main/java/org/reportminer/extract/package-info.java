/**
 * Extraction: type and charset detection, HTML cleaning (jsoup), office and PDF text (Tika), splitting a page into reports, and finding sections. Produces {@link org.reportminer.model.Page} and {@link org.reportminer.model.Report} records.
 */
package org.reportminer.extract;
