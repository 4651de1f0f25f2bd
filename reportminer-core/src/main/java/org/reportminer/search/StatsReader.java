package org.reportminer.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;

/**
 * An index reader that holds no documents, only the statistics {@link LikeTerms} hands to Lucene's
 * {@code MoreLikeThis}: the number of reports with a body and the document frequency of given body
 * words (those of another collection). Everything else is unsupported. Not a general reader.
 */
final class StatsReader extends CompositeReader {
  private final int docCount;
  private final Map<String, Integer> docFreqs;

  StatsReader(int docCount, Map<String, Integer> docFreqs) {
    this.docCount = docCount;
    this.docFreqs = Map.copyOf(docFreqs);
  }

  @Override
  public int docFreq(Term term) {
    return docFreqs.getOrDefault(term.text(), 0);
  }

  @Override
  public int getDocCount(String field) {
    return docCount;
  }

  @Override
  public int numDocs() {
    return docCount;
  }

  @Override
  public int maxDoc() {
    return docCount;
  }

  @Override
  protected List<? extends IndexReader> getSequentialSubReaders() {
    return List.of();
  }

  @Override
  public long totalTermFreq(Term term) {
    throw unsupported();
  }

  @Override
  public long getSumDocFreq(String field) {
    throw unsupported();
  }

  @Override
  public long getSumTotalTermFreq(String field) {
    throw unsupported();
  }

  @Override
  @Deprecated
  public Fields getTermVectors(int docID) {
    throw unsupported();
  }

  @Override
  public TermVectors termVectors() {
    throw unsupported();
  }

  @Override
  @Deprecated
  public void document(int docID, StoredFieldVisitor visitor) {
    throw unsupported();
  }

  @Override
  public StoredFields storedFields() {
    throw unsupported();
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  @Override
  protected void doClose() {}

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("a statistics-only reader");
  }
}
