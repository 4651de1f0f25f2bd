/**
 * The language layer the analysis, the NER model and the index share: tokens and segmenters
 * (HanLP's, with the domain lexicon, over the NER model's normalized text), the domain lexicon
 * itself, the entity-recognizer interface, and the one place that configures HanLP's process-wide
 * state ({@link org.reportminer.nlp.HanlpRuntime}). It depends on nothing else in reportminer but
 * {@code model}.
 */
package org.reportminer.nlp;
