/**
 * Character-level named-entity recognition with HanLP's structured perceptron: corpus readers for
 * the public training sets, the feature templates shared by training and inference, the trainer
 * and the shipped model's recognizer ({@link org.reportminer.analyze.ner.PerceptronEntityRecognizer}).
 *
 * <p>Each character gets one of 13 tags: {@code O} or {@code B/M/E/S-nt|nr|ns} (organization,
 * person, place, in HanLP's nature names). Features look at characters −2…+2, their bigrams and
 * the centre trigram, character types, and HanLP's own segmentation of the sentence around the
 * character. docs/MODELS.md describes the training data and the figures.
 */
package org.reportminer.analyze.ner;
