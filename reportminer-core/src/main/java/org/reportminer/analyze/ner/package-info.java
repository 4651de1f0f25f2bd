/**
 * Character-level named-entity recognition with HanLP's structured perceptron: corpus readers for
 * the public training sets, the feature templates shared by training and inference, the trainer
 * and the shipped model's recognizer ({@link org.reportminer.analyze.ner.PerceptronEntityRecognizer}).
 *
 * <p>Each character gets one of 13 tags: {@code O} or {@code B/M/E/S-nt|nr|ns} (organization,
 * person, place, in HanLP's nature names). Features look at characters −2…+2, their bigrams and
 * the centre trigram, character types, and HanLP's own segmentation of the sentence around the
 * character; optionally, the clusters of the characters around it ({@link
 * org.reportminer.analyze.ner.CharClusters}, a table learned from unlabelled text and kept beside
 * the model; the shipped model has none). docs/MODELS.md describes the training data and the
 * figures.
 *
 * <p>{@link org.reportminer.analyze.ner.DevSplit} is the one carving of a corpus into training and
 * development sentences; {@link org.reportminer.analyze.ner.NerDevEvaluation} scores the shipped
 * model beside raw HanLP (both as {@link org.reportminer.analyze.ner.SpanTagger}s) on those
 * development sentences for {@code eval}.
 */
package org.reportminer.analyze.ner;
