/**
 * The SolrCloud plugin: the HanLP tokenizer factory and query parser that make a Solr collection
 * analyze and search exactly as the embedded index does, and the mapping of analyzed reports to
 * Solr documents. The configset beside these classes ({@code configsets/reportminer}) has the
 * embedded index's fields ({@code index.ReportSchema}).
 */
package org.reportminer.solr;
