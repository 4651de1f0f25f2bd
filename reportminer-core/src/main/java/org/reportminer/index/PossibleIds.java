package org.reportminer.index;

import java.util.BitSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The report ids an index may hold, as one bit per hash of an id in a fixed {@value #BITS}-bit
 * set (2 MB): {@link #mayContain} is never wrong when it says no, and says yes for ids it never
 * saw with a probability that grows with the ids added (about 6% at a million). {@link
 * ReportIndexWriter} uses it to skip the search for reports of other files with the same ids when
 * there can be none.
 *
 * <p>Not thread-safe; the writer guards it.
 */
final class PossibleIds {
  static final int BITS = 1 << 24;

  private final BitSet bits = new BitSet(BITS);

  /** Records {@code id}. */
  void add(BytesRef id) {
    bits.set(slot(id));
  }

  /** False when {@code id} was certainly never added. */
  boolean mayContain(BytesRef id) {
    return bits.get(slot(id));
  }

  private static int slot(BytesRef id) {
    return StringHelper.murmurhash3_x86_32(id, 0x5eed) & (BITS - 1);
  }
}
