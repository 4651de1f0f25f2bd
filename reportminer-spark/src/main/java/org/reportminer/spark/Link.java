package org.reportminer.spark;

import java.io.Serializable;

/**
 * A verified near-duplicate pair ({@code a < b}).
 *
 * @param a one report id
 * @param b the other
 * @param similarity their Jaccard similarity (1 for exact duplicates)
 * @param publishedA a's publication date or null
 * @param publishedB b's publication date or null
 */
record Link(String a, String b, double similarity, String publishedA, String publishedB) implements Serializable {}
