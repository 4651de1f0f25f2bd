/**
 * The Lucene index: schema, the HanLP-based analyzer, the writer and incremental updates of analyzed reports.
 */
package org.reportminer.index;
