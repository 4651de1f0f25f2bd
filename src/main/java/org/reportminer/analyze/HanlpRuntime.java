package org.reportminer.analyze;

import com.hankcs.hanlp.HanLP;

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
}
