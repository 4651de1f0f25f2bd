package org.reportminer.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Segmenter} over HanLP's Viterbi segmenter with offsets. Whether HanLP's own named-entity
 * recognizers (HMM role tagging for persons, places, organizations) run is chosen at
 * construction: the raw-HanLP baseline turns them on without any dictionary of ours; the analysis
 * pipeline may add a {@link DomainLexicon}.
 *
 * <p>A lexicon goes into a custom dictionary owned by this segmenter (a {@link
 * DynamicCustomDictionary} sharing HanLP's read-only default entries plus a private trie of
 * ours); HanLP's process-wide {@code CustomDictionary} is never written. Only words HanLP does not
 * know already are added, so our dictionary extends HanLP's segmentation without changing how it
 * tags the words it knows.
 *
 * <p>Thread-safe: HanLP segments share read-only dictionaries and keep no per-call state in the
 * segment object; the private trie is complete before the segmenter is published.
 */
public final class HanlpSegmenter implements Segmenter {
  private final Segment segment;

  /** Plain segmentation with POS tags, no HanLP entity recognition, HanLP's dictionaries only. */
  public static HanlpSegmenter plain() {
    return new HanlpSegmenter(false, null);
  }

  /** Segmentation with HanLP's built-in person, place and organization recognizers on. */
  public static HanlpSegmenter withHanlpNer() {
    return new HanlpSegmenter(true, null);
  }

  /**
   * Segmentation with HanLP's dictionaries extended by {@code lexicon}, with or without HanLP's
   * entity recognizers.
   */
  public static HanlpSegmenter withLexicon(DomainLexicon lexicon, boolean hanlpNer) {
    return new HanlpSegmenter(hanlpNer, lexicon);
  }

  private HanlpSegmenter(boolean hanlpNer, DomainLexicon lexicon) {
    HanlpRuntime.ensureConfigured();
    Segment s =
        HanLP.newSegment()
            .enableOffset(true)
            .enablePartOfSpeechTagging(true)
            .enableNameRecognize(hanlpNer)
            .enablePlaceRecognize(hanlpNer)
            .enableOrganizationRecognize(hanlpNer);
    if (lexicon != null) {
      s.enableCustomDictionary(customDictionary(lexicon));
    }
    this.segment = s;
  }

  private static DynamicCustomDictionary customDictionary(DomainLexicon lexicon) {
    DynamicCustomDictionary shared = CustomDictionary.DEFAULT;
    BinTrie<CoreDictionary.Attribute> ours = new BinTrie<>();
    for (DomainLexicon.Entry e : lexicon.entries()) {
      String w = e.word();
      if (w.length() < 2 || shared.get(w) != null || CoreDictionary.get(w) != null) {
        continue;
      }
      // known names go in as organization suffixes (nis): tagged nt, HanLP's organization HMM would
      // no longer join them to their prefix (青岚市 + 生态环境局)
      String nature = e.nature().equals("nt") ? "nis" : e.nature();
      CoreDictionary.Attribute att = CoreDictionary.Attribute.create(nature + " " + e.frequency());
      if (att != null) {
        ours.put(w, att);
      }
    }
    // the default double-array trie is shared read-only; additions live in our own BinTrie
    DynamicCustomDictionary dict = new DynamicCustomDictionary(shared.dat, ours, null);
    dict.normalization = false;
    return dict;
  }

  @Override
  public List<Token> segment(String sentence, int baseOffset) {
    if (sentence.isEmpty()) {
      return List.of();
    }
    HanlpRuntime.alignTransitionMatrix();
    List<Term> terms = segment.seg(sentence);
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String nature = t.nature == null ? "x" : t.nature.toString();
      out.add(new Token(t.word, nature, baseOffset + t.offset, baseOffset + t.offset + t.word.length()));
    }
    return out;
  }
}
