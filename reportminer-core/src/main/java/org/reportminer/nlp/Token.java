package org.reportminer.nlp;

/**
 * One segmented word.
 *
 * @param word the surface form
 * @param nature HanLP's part-of-speech / entity tag ("n", "ns", "nt", "nr", "m", "q" …)
 * @param start UTF-16 start offset in the text that was segmented (plus any base offset given)
 * @param end UTF-16 end offset (exclusive)
 */
public record Token(String word, String nature, int start, int end) {}
