package org.reportminer.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document-frequency table for TF-IDF keywords: how many of {@code documents} reports contain
 * each term. The shipped table ({@code keyword-df.tsv}) is computed from the repository's corpus
 * by {@code ./reportminer keywords-df}; a run may use its own. Immutable and thread-safe.
 *
 * <p>File format: a first line {@code #documents<TAB>N}, then {@code term<TAB>df} lines.
 */
public final class DocumentFrequencies {
  private static final String RESOURCE = "/org/reportminer/analyze/keyword-df.tsv";

  private final int documents;
  private final Map<String, Integer> df;

  /** A table over {@code documents} documents. */
  public DocumentFrequencies(int documents, Map<String, Integer> df) {
    this.documents = documents;
    this.df = Map.copyOf(df);
  }

  /** The table shipped with the program, or an empty one when it is missing. */
  public static DocumentFrequencies shipped() {
    InputStream in = DocumentFrequencies.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return new DocumentFrequencies(0, Map.of());
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads a table in the file format above. */
  public static DocumentFrequencies read(BufferedReader r) throws IOException {
    int docs = 0;
    Map<String, Integer> df = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        continue;
      }
      if (parts[0].equals("#documents")) {
        docs = Integer.parseInt(parts[1].strip());
      } else {
        df.put(parts[0], Integer.parseInt(parts[1].strip()));
      }
    }
    return new DocumentFrequencies(docs, df);
  }

  /** Counts, for each term, the documents among {@code documentTerms} that contain it. */
  public static DocumentFrequencies count(Collection<? extends Collection<String>> documentTerms) {
    Map<String, Integer> df = new HashMap<>();
    for (Collection<String> doc : documentTerms) {
      Set<String> seen = new HashSet<>(doc);
      for (String t : seen) {
        df.merge(t, 1, Integer::sum);
      }
    }
    return new DocumentFrequencies(documentTerms.size(), df);
  }

  /** Writes the table, terms sorted, dropping terms seen in fewer than {@code minDf} documents. */
  public void write(Writer w, int minDf) throws IOException {
    w.write("#documents\t" + documents + "\n");
    List<String> terms = new ArrayList<>(df.keySet());
    terms.sort(null);
    for (String t : terms) {
      int n = df.get(t);
      if (n >= minDf) {
        w.write(t + "\t" + n + "\n");
      }
    }
  }

  /** Number of documents the table was counted over. */
  public int documents() {
    return documents;
  }

  /** Documents containing {@code term} (0 when unseen). */
  public int df(String term) {
    return df.getOrDefault(term, 0);
  }

  /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1. */
  public double idf(String term) {
    return Math.log((documents + 1.0) / (df(term) + 1.0)) + 1.0;
  }
}
