package org.reportminer.solr;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.reportminer.search.QueryException;

/**
 * The embedded search's query syntax in Solr ({@code {!reportminer}知识产权 宣传}, or {@code
 * defType=reportminer}): the query is built by the same {@code search.ReportQueryParser} as in the
 * embedded index, so both score the same documents the same way. A query the parser refuses is a
 * Solr syntax error (HTTP 400) with its one-line message.
 */
public final class ReportQParserPlugin extends QParserPlugin {
  /** The parser's name in {@code solrconfig.xml} and local params. */
  public static final String NAME = "reportminer";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params,
      SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        try {
          return new FieldStatsQuery(HanlpModels.queryParser().parse(qstr));
        } catch (QueryException e) {
          throw new SyntaxError(e.getMessage());
        }
      }
    };
  }
}
