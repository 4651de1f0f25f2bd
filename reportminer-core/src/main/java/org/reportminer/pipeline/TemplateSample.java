package org.reportminer.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.model.RawDocument;

/**
 * Which inputs the site-template pre-pass reads: of each site's inputs (in input order) the first
 * {@value #FULL}, then every {@value #STEP}th. A template line is one a site prints on most of its
 * pages ({@link SiteTemplates}), so a sample of a large site finds the same lines, while the
 * pre-pass no longer parses every page of an archive a second time. Sites of up to {@value #FULL}
 * inputs (every site of the shipped corpus) are read whole, so their templates are exactly those
 * of a full pass. The site is decided before reading: the URL's host when the input has one, else
 * its directory.
 *
 * <p>Deterministic for a given input order, so a resumed run samples the same inputs. Not
 * thread-safe: one enumerating thread asks.
 */
public final class TemplateSample {
  /** Inputs of a site that are all read. */
  static final int FULL = 32;
  /** After those, one input in this many is read. */
  static final int STEP = 16;

  private final Map<String, Integer> seen = new HashMap<>();

  /** Whether the pre-pass reads {@code doc}, the next input in order. */
  public boolean take(RawDocument doc) {
    int n = seen.merge(SiteTemplates.siteOf(doc.path(), doc.url()), 1, Integer::sum) - 1;
    return n < FULL || (n - FULL) % STEP == STEP - 1;
  }
}
