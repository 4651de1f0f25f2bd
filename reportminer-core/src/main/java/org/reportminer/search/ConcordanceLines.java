package org.reportminer.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ordered lines of recent concordances, so that paging through one, or asking for it again,
 * reads only the page's reports. An entry is the full ordered list of occurrences of one query
 * with its filters, order and context width over one index reader: a new reader (after a refresh)
 * never sees an older reader's lines. Least recently used entries are dropped beyond a fixed
 * count. Thread-safe.
 */
final class ConcordanceLines {
  private final int capacity;
  private final Map<Key, Lines> entries;

  /** Keeps the lines of up to {@code capacity} concordances (0 keeps none). */
  ConcordanceLines(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The cached lines for {@code key}, or null. */
  synchronized Lines get(Key key) {
    return key == null ? null : entries.get(key);
  }

  /** Keeps {@code lines} under {@code key}, dropping the least recently used entry if full. */
  synchronized void put(Key key, Lines lines) {
    if (key == null || capacity == 0) {
      return;
    }
    entries.put(key, lines);
    if (entries.size() > capacity) {
      entries.remove(entries.keySet().iterator().next());
    }
  }

  /**
   * What identifies an ordered line list: the reader's cache key, the query with its filters and
   * dates (paging and snippets left out), the order, and the width when the order depends on it.
   */
  record Key(Object reader, String query, Map<?, ?> filters, Object from, Object to,
      boolean partial, ConcordanceSort sort, int width) {

    /** The key of {@code request} over the reader whose cache key is {@code reader}. */
    static Key of(Object reader, ConcordanceRequest request) {
      if (reader == null) {
        return null;
      }
      SearchRequest s = request.search();
      int width = request.sort() == ConcordanceSort.DATE ? 0 : request.width();
      return new Key(reader, s.query(), s.filters(), s.from(), s.to(), s.partial(),
          request.sort(), width);
    }
  }

  /**
   * Every occurrence of a concordance in its order: occurrence {@code i} is in document
   * {@code docs[i]} (searcher-wide id) at {@code starts[i]..ends[i]}. {@code read} reports were
   * read of {@code matching} that matched.
   */
  record Lines(int[] docs, int[] starts, int[] ends, int read, int matching) {
    Lines {
      Objects.requireNonNull(docs);
      if (docs.length != starts.length || docs.length != ends.length) {
        throw new IllegalArgumentException("docs, starts and ends differ in length");
      }
    }

    int size() {
      return docs.length;
    }
  }
}
