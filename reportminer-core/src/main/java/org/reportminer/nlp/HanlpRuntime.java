package org.reportminer.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrix;
import java.util.Arrays;

/**
 * The one place that touches HanLP's process-wide configuration ({@code HanLP.Config}'s public
 * static fields). Every class that uses HanLP calls {@link #ensureConfigured()} before creating a
 * HanLP object, so the settings below are fixed before HanLP's dictionaries load and nothing else
 * in the code base writes HanLP globals.
 *
 * <p>Settings: no debug output; term natures on (we need POS tags); HanLP's own character
 * normalization off, because it can change characters inside the text whose offsets we report
 * (our own offset-preserving normalization is applied instead where needed).
 */
public final class HanlpRuntime {
  private static final Object LOCK = new Object();
  private static volatile boolean configured;

  private HanlpRuntime() {}

  /** Applies the settings once; idempotent and thread-safe. */
  public static void ensureConfigured() {
    if (configured) {
      return;
    }
    synchronized (LOCK) {
      if (!configured) {
        HanLP.Config.DEBUG = false;
        HanLP.Config.ShowTermNature = true;
        HanLP.Config.Normalization = false;
        configured = true;
      }
    }
  }

  /**
   * Keeps HanLP's part-of-speech transition matrix as wide as its set of natures. Once a nature
   * beyond HanLP's built-in ones exists (our dictionaries and the NER model add some), HanLP's
   * {@code Viterbi.compute} sees a matrix narrower than {@code Nature.values()} and calls {@code
   * TransformMatrix.extend}, which reallocates the whole matrix but does not record the new width
   * ({@code states}): it then reallocates it again on every later call, from every thread at once.
   * Measured: half of the segmentation time went there. This extends the matrix once per new
   * nature count, exactly as HanLP would, and records the width, so tags are unchanged. Cheap when
   * nothing changed (one length comparison); thread-safe.
   */
  public static void alignTransitionMatrix() {
    TransformMatrix matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
    int natures = Nature.values().length;
    if (matrix.states.length == natures) {
      return;
    }
    synchronized (LOCK) {
      if (matrix.states.length != natures) {
        int[] old = matrix.states;
        matrix.extend(natures);
        int[] states = Arrays.copyOf(old, natures);
        for (int i = old.length; i < natures; i++) {
          states[i] = i;
        }
        matrix.states = states;
      }
    }
  }
}
