package org.reportminer.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/** Work done on one acquired searcher of a {@link SearchEngine} ({@link SearchEngine#read}). */
@FunctionalInterface
interface IndexRead<T> {
  /** Reads what it needs from {@code searcher}, which stays valid until it returns. */
  T apply(IndexSearcher searcher) throws IOException, QueryException;
}
