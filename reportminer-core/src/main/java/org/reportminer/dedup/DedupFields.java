package org.reportminer.dedup;

import java.nio.ByteBuffer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;

/**
 * The dedup stage's fields in the Lucene index, added to every document through {@link
 * ReportSchema#with}: LSH band keys and winnowing fingerprints as terms (so candidates are found
 * with a term look-up, not a scan), the MinHash signature as binary doc values (a cheap
 * similarity estimate that spares verifying most candidates), and three doc-values fields that {@link IndexedDuplicates}
 * fills in after ingestion: the processing sequence number, the verified near-duplicate links and
 * the cluster id (updatable in place, without re-indexing the document). Thread-safe.
 */
public final class DedupFields implements ReportSchema.FieldContributor {
  /** LSH band keys (8-byte terms). */
  public static final String LSH = "dedup.lsh";
  /** Winnowing fingerprints (8-byte terms). */
  public static final String WINNOW = "dedup.winnow";
  /** The MinHash signature, 4 bytes per value (binary doc values). */
  public static final String MINHASH = "dedup.minhash";
  /** Order in which {@link IndexedDuplicates} processed the report; 0 until it has. */
  public static final String SEQ = "dedup.seq";
  /** Verified near-duplicates: "id similarity" lines (binary doc values). */
  public static final String LINKS = "dedup.links";
  /** The id of the report's cluster representative, its own id when it has no duplicate. */
  public static final String CLUSTER = "dedup.cluster";

  private final Fingerprinter fingerprinter;

  public DedupFields(DedupSettings settings) {
    this.fingerprinter = new Fingerprinter(settings);
  }

  @Override
  public void addFields(AnalyzedReport analyzed, Document doc) {
    Fingerprint f = fingerprinter.fingerprint(analyzed.report());
    for (long key : f.bandKeys()) {
      doc.add(new StringField(LSH, term(key), Field.Store.NO));
    }
    long[] hashes = f.fingerprints().hashes().clone();
    java.util.Arrays.sort(hashes);
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        doc.add(new StringField(WINNOW, term(hashes[i]), Field.Store.NO));
      }
    }
    doc.add(new BinaryDocValuesField(MINHASH, encodeSignature(f.signature())));
    doc.add(new NumericDocValuesField(SEQ, 0));
    doc.add(new BinaryDocValuesField(LINKS, new BytesRef()));
    doc.add(new BinaryDocValuesField(CLUSTER, new BytesRef(analyzed.report().id())));
  }

  /** A MinHash signature as bytes (big-endian ints). */
  static BytesRef encodeSignature(int[] signature) {
    ByteBuffer b = ByteBuffer.allocate(signature.length * 4);
    b.asIntBuffer().put(signature);
    return new BytesRef(b.array());
  }

  /** The signature {@link #encodeSignature} wrote. */
  static int[] decodeSignature(BytesRef bytes) {
    int[] out = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asIntBuffer().get(out);
    return out;
  }

  /** A 64-bit key as an 8-byte term. */
  public static BytesRef term(long key) {
    byte[] b = new byte[8];
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) key;
      key >>>= 8;
    }
    return new BytesRef(b);
  }
}
