package org.reportminer.solr;

import org.reportminer.index.ReportSchema;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.NormalizingSegmenter;
import org.reportminer.nlp.Segmenter;
import org.reportminer.search.ReportQueryParser;

/**
 * The HanLP segmenter, the index schema and the query parser, loaded once per JVM and shared by
 * every Solr core on the node.
 *
 * <p>This is the one JVM-wide holder the Solr plugin keeps: HanLP's dictionaries are static state
 * of the JVM anyway, and a copy per core (a node holds many shard replicas) would multiply memory
 * and start-up time. The fields are final and immutable once built (the holder-class idiom makes
 * the first use load them, thread-safely); nothing is ever reassigned. The segmenter is the
 * embedded index's ({@link ReportSchema#withHanlp()}): the analysis's segmenter with the shipped
 * lexicon over the NER model's normalized text.
 */
public final class HanlpModels {
  private HanlpModels() {}

  private static final class Holder {
    static final Segmenter SEGMENTER = NormalizingSegmenter.forWords(DomainLexicon.shipped());
    static final ReportSchema SCHEMA = new ReportSchema(SEGMENTER);
    static final ReportQueryParser PARSER = new ReportQueryParser(SCHEMA);
  }

  /** The word segmenter of the index (thread-safe). */
  public static Segmenter segmenter() {
    return Holder.SEGMENTER;
  }

  /** The embedded index's schema over that segmenter (thread-safe). */
  public static ReportSchema schema() {
    return Holder.SCHEMA;
  }

  /** The embedded search's query parser over that schema (thread-safe). */
  public static ReportQueryParser queryParser() {
    return Holder.PARSER;
  }
}
