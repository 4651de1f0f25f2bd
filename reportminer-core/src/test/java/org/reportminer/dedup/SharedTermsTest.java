package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Candidates by shared terms, across segments, without deleted documents. */
class SharedTermsTest {

  private static Document doc(String id, String... bands) {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.NO));
    for (String b : bands) {
      d.add(new StringField("band", b, Field.Store.NO));
    }
    return d;
  }

  @Test
  void documentsSharingATermInAnySegmentAreCandidatesOnceEach() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
      w.addDocument(doc("0", "a", "b"));
      w.addDocument(doc("1", "a", "b", "c"));
      w.commit(); // a second segment from here
      w.addDocument(doc("2", "c", "x"));
      w.addDocument(doc("3", "y"));
      w.addDocument(doc("4", "b"));
      w.deleteDocuments(new Term("id", "4"));
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(w)) {
        int[][] c = SharedTerms.of(r, new int[] {1, 3, 2}, List.of("band", "missing"));
        assertArrayEquals(new int[] {0, 2}, c[0], "0 by a and b (once), 2 by c in the other segment");
        assertArrayEquals(new int[] {}, c[1], "a term of its own only");
        assertArrayEquals(new int[] {1}, c[2]);
        assertArrayEquals(new int[] {1}, SharedTerms.of(r, new int[] {0}, List.of("band"))[0], "the deleted 4 shares b");
      }
    }
  }
}
