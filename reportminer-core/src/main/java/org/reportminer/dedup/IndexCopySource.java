package org.reportminer.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.reportminer.index.ReportSchema;

/**
 * A {@link CopySource} over the Lucene index: fingerprints are looked up as {@link
 * DedupFields#WINNOW} terms, their document frequency is Lucene's, and a source's fingerprint is
 * recomputed from its stored text. Safe for concurrent reads (as the reader is).
 */
public final class IndexCopySource implements CopySource {
  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final Fingerprinter fingerprinter;

  public IndexCopySource(IndexReader reader, DedupSettings settings) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.fingerprinter = new Fingerprinter(settings);
  }

  @Override
  public int reportCount() {
    return reader.numDocs();
  }

  @Override
  public List<String> reportsWith(long hash) {
    try {
      TopDocs top =
          searcher.search(new TermQuery(new Term(DedupFields.WINNOW, DedupFields.term(hash))), Integer.MAX_VALUE);
      List<String> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc d : top.scoreDocs) {
        out.add(searcher.storedFields().document(d.doc, Set.of(ReportSchema.ID)).get(ReportSchema.ID));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Counts by document number, walking each hash's postings, and reads the stored id only of the
   * documents that share at least {@code atLeast} hashes (reading one stored field decompresses a
   * whole block, so reading ids for every report that shares one hash was most of a check).
   */
  @Override
  public Map<String, Integer> reportsSharing(List<Long> hashes, int atLeast) {
    try {
      Map<Integer, Integer> byDoc = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(DedupFields.WINNOW);
        if (terms == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (long h : hashes) {
          if (!te.seekExact(DedupFields.term(h))) {
            continue;
          }
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if (live == null || live.get(d)) {
              byDoc.merge(leaf.docBase + d, 1, Integer::sum);
            }
          }
        }
      }
      Map<String, Integer> out = new HashMap<>();
      StoredFields stored = searcher.storedFields();
      for (Map.Entry<Integer, Integer> e : byDoc.entrySet()) {
        if (e.getValue() >= atLeast) {
          out.put(stored.document(e.getKey(), Set.of(ReportSchema.ID)).get(ReportSchema.ID), e.getValue());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int documentFrequency(long hash) {
    try {
      return reader.docFreq(new Term(DedupFields.WINNOW, DedupFields.term(hash)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Fingerprint fingerprint(String id) {
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ReportSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return null;
      }
      Document stored = searcher.storedFields().document(top.scoreDocs[0].doc);
      return fingerprinter.fingerprint(ReportSchema.analyzedReport(stored).report());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
