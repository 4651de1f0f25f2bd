package org.reportminer.engine.solrcloud;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reportminer.dedup.Fingerprint;
import org.reportminer.dedup.Fingerprinter;
import org.reportminer.model.Report;

/**
 * The winnowing fingerprints of a report as the terms of a collection's {@value #FIELD} field: each
 * distinct 64-bit hash as 16 lower-case hex digits (the embedded index stores the same hashes as
 * 8-byte terms of {@code dedup.winnow}). What copy checks over SolrCloud look up; whoever loads
 * records into a collection adds them ({@code reportminer-solr}'s {@code EmbeddedRecords} does).
 */
public final class WinnowTerms {
  /** The collection's field of winnowing hashes. */
  public static final String FIELD = "dedup.winnow";

  private WinnowTerms() {}

  /** The term of {@code hash}. */
  public static String term(long hash) {
    return String.format(Locale.ROOT, "%016x", hash);
  }

  /** The distinct terms of {@code report}'s winnowing fingerprints, by {@code fingerprinter}. */
  public static List<String> of(Report report, Fingerprinter fingerprinter) {
    Fingerprint f = fingerprinter.fingerprint(report);
    Set<String> terms = new LinkedHashSet<>();
    for (long h : f.fingerprints().hashes()) {
      terms.add(term(h));
    }
    return List.copyOf(terms);
  }
}
