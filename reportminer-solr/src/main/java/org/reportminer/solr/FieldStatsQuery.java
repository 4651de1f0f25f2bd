package org.reportminer.solr;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.reportminer.index.ReportSchema;

/**
 * A query that asks the searcher for the collection statistics of every text field before
 * weighting its inner query, and otherwise is the inner query.
 *
 * <p>Why: Solr's {@code ExactStatsCache} gathers collection-wide statistics from what each shard's
 * searcher is asked for while weighting the query, and Lucene asks for a field's statistics only
 * when some term of it exists on that shard. A phrase found on one shard then got that shard's
 * document count and average length as the "global" ones, and scored differently from the
 * embedded index (measured: 6.49 instead of 7.53 for 乡村振兴 on corpus/). Asking every shard for
 * every text field's statistics makes the merged statistics those of the whole collection.
 */
final class FieldStatsQuery extends Query {
  private static final List<String> FIELDS = List.of(
      ReportSchema.BODY, ReportSchema.BODY_BIGRAM, ReportSchema.TITLE, ReportSchema.TITLE_BIGRAM);

  private final Query inner;

  FieldStatsQuery(Query inner) {
    this.inner = Objects.requireNonNull(inner);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (scoreMode.needsScores()) {
      for (String field : FIELDS) {
        searcher.collectionStatistics(field);
      }
    }
    return inner.createWeight(searcher, scoreMode, boost);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = inner.rewrite(searcher);
    return rewritten == inner ? this : new FieldStatsQuery(rewritten);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    inner.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return inner.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && inner.equals(((FieldStatsQuery) other).inner);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + inner.hashCode();
  }
}
