package org.reportminer.search;

import org.reportminer.index.Facet;

/**
 * A name often found in the same reports as an entity, with the figures it is ranked by.
 *
 * @param facet the kind of the name (organization, person, place, theme)
 * @param value the name
 * @param together reports naming both
 * @param reports reports naming this name anywhere in the archive
 * @param expected reports expected to name both if the two were independent
 * @param logLikelihood G² of the 2×2 table (the ranking measure)
 * @param pmi pointwise mutual information, log2, for reading
 */
public record Association(Facet facet, String value, long together, long reports,
    double expected, double logLikelihood, double pmi) {}
