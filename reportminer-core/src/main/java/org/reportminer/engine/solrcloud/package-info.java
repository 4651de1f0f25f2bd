/**
 * The engine API's SolrCloud backend: {@link org.reportminer.engine.solrcloud.SolrCollection}
 * answers searches, report look-ups, near-duplicate clusters, copy checks and statistics from a collection
 * built with reportminer-solr's configset and plugin, over Solr's JSON API (plain HTTP with {@code
 * java.net.http} and Jackson: no Solr jar in the command line's jar). Queries are parsed on the
 * Solr nodes by the plugin's {@code reportminer} parser, the embedded search's; snippets are
 * marked here as the embedded search marks them.
 */
package org.reportminer.engine.solrcloud;
