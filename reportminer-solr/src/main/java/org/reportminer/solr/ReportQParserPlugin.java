package org.reportminer.solr;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.reportminer.search.QueryException;
import org.reportminer.search.ReportQueryParser;

/**
 * The embedded search's query syntax in Solr ({@code {!reportminer}知识产权 宣传}, or {@code
 * defType=reportminer}): the query is built by the same {@code search.ReportQueryParser} as in the
 * embedded index, so both score the same documents the same way. A query the parser refuses is a
 * Solr syntax error (HTTP 400) with its one-line message.
 *
 * <p>With the request parameter {@code reportminer.partial=true} the parser gives the reports the
 * embedded search lists as partial matches: those matching the relaxed query ({@link
 * ReportQueryParser#parseRelaxed}) but not the query itself, scored by the relaxed query (none when
 * relaxing changes nothing).
 */
public final class ReportQParserPlugin extends QParserPlugin {
  /** The parser's name in {@code solrconfig.xml} and local params. */
  public static final String NAME = "reportminer";
  /** The request parameter asking for partial matches only. */
  public static final String PARTIAL = "reportminer.partial";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params,
      SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        try {
          ReportQueryParser parser = HanlpModels.queryParser();
          Query full = parser.parse(qstr);
          if (!params.getBool(PARTIAL, false)) {
            return new FieldStatsQuery(full);
          }
          Query relaxed = parser.parseRelaxed(qstr);
          if (relaxed == null) {
            return new MatchNoDocsQuery("relaxing the query changes nothing");
          }
          return new FieldStatsQuery(new BooleanQuery.Builder()
              .add(relaxed, Occur.MUST).add(full, Occur.MUST_NOT).build());
        } catch (QueryException e) {
          throw new SyntaxError(e.getMessage());
        }
      }
    };
  }

}
