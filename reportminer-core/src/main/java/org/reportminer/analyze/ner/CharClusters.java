package org.reportminer.analyze.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A table from characters to cluster ids learned from unlabelled text, for the optional cluster
 * templates of {@link CharFeatures}. Chars that share a cluster occur in similar contexts (e.g. the
 * surname chars, or the place suffixes 省 市 县 区), which lets the model treat a char it saw
 * rarely in labelled sentences like the frequent ones of its cluster.
 *
 * <p>Every char maps to a <em>symbol</em> in {@code [0, symbolCount())}: its cluster id ({@code 0 …
 * size() − 1}), or {@link #unknown()} for a char the table lacks; {@link #bos()} and {@link
 * #eos()} stand for the positions beyond the sentence's ends. {@link #NONE} is the empty table:
 * no cluster templates at all (the models trained before clusters existed).
 *
 * <p>File form (UTF-8): a first line {@code # reportminer char clusters <size>}, then one line per
 * char, the char, a tab and its cluster id, e.g. {@code 市\t17}. Immutable; thread-safe.
 */
public final class CharClusters {
  /** The empty table: the model has no cluster templates. */
  public static final CharClusters NONE = new CharClusters(new short[0], 0);

  private static final String HEADER = "# reportminer char clusters ";

  /** char → cluster id, or -1; empty for {@link #NONE}. */
  private final short[] idOf;
  private final int size;

  private CharClusters(short[] idOf, int size) {
    this.idOf = idOf;
    this.size = size;
  }

  /**
   * A table from explicit ids.
   *
   * @param ids char → cluster id in {@code [0, size)}, or -1 for a char outside the table; one
   *     entry per char value (65,536)
   * @param size the number of clusters ({@code 1 …} 4,000)
   */
  public static CharClusters of(short[] ids, int size) {
    if (ids.length != Character.MAX_VALUE + 1 || size < 1 || size > 4000) {
      throw new IllegalArgumentException("need one id per char value and 1 to 4000 clusters, got " + size);
    }
    for (int c = 0; c < ids.length; c++) {
      short id = ids[c];
      if (id < -1 || id >= size) {
        throw new IllegalArgumentException("cluster id " + id + " outside [0, " + size + ")");
      }
      if (id >= 0 && !inFileForm((char) c)) {
        throw new IllegalArgumentException(
            String.format("char U+%04X cannot be in the table (control char or surrogate)", c));
      }
    }
    return new CharClusters(ids.clone(), size);
  }

  /** Whether {@code c} can stand alone on a line of the file form. */
  public static boolean inFileForm(char c) {
    return !Character.isISOControl(c) && !Character.isSurrogate(c);
  }

  /** Whether this is the empty table (no cluster templates). */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Number of clusters. */
  public int size() {
    return size;
  }

  /** Number of distinct symbols: the clusters, then unknown, BOS and EOS. */
  int symbolCount() {
    return size + 3;
  }

  int unknown() {
    return size;
  }

  int bos() {
    return size + 1;
  }

  int eos() {
    return size + 2;
  }

  /** The symbol of {@code text}'s char at {@code i}; BOS before the start and EOS after the end. */
  int symbol(String text, int i) {
    if (i < 0) {
      return bos();
    }
    if (i >= text.length()) {
      return eos();
    }
    int id = idOf[text.charAt(i)];
    return id < 0 ? unknown() : id;
  }

  /** The cluster id of {@code c}, -1 when the table lacks it. */
  public int clusterOf(char c) {
    return size == 0 ? -1 : idOf[c];
  }

  /** Number of chars in the table. */
  public int charCount() {
    int n = 0;
    for (short id : idOf) {
      n += id >= 0 ? 1 : 0;
    }
    return n;
  }

  /** Writes the table in its file form. */
  public void write(Writer out) throws IOException {
    out.write(HEADER + size + "\n");
    for (int c = 0; c < idOf.length; c++) {
      if (idOf[c] >= 0) {
        out.write((char) c);
        out.write("\t" + idOf[c] + "\n");
      }
    }
  }

  /** Reads a table written by {@link #write}. */
  public static CharClusters read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = r.readLine();
    if (header == null || !header.startsWith(HEADER)) {
      throw new IOException("not a char cluster table: first line " + header);
    }
    int size = Integer.parseInt(header.substring(HEADER.length()).trim());
    short[] ids = new short[Character.MAX_VALUE + 1];
    Arrays.fill(ids, (short) -1);
    int lineNo = 1;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.length() < 3 || line.charAt(1) != '\t') {
        throw new IOException("char cluster table, line " + lineNo + ": not char<TAB>id: " + line);
      }
      ids[line.charAt(0)] = Short.parseShort(line.substring(2));
    }
    try {
      return of(ids, size);
    } catch (IllegalArgumentException e) {
      throw new IOException("char cluster table: " + e.getMessage(), e);
    }
  }
}
