package org.reportminer.solr;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.reportminer.index.HanlpTokenizer;

/**
 * Solr's and Lucene's factory (SPI name {@value #NAME}) for the embedded index's word tokenizer,
 * {@link HanlpTokenizer} over {@link HanlpModels#segmenter()}: {@code <tokenizer
 * name="reportminerHanlp"/>}, followed by CJK width folding and lower case as in {@code
 * index.HanlpAnalyzer}. Takes no arguments. The tokenizer uses Lucene's default attribute
 * factory whatever is passed.
 */
public final class HanlpTokenizerFactory extends TokenizerFactory {
  /** The SPI name used in schemas. */
  public static final String NAME = "reportminerHanlp";

  /** A factory; {@code args} must be empty (Solr passes the schema attributes). */
  public HanlpTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI lookup only. */
  public HanlpTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    return new HanlpTokenizer(HanlpModels.segmenter());
  }
}
