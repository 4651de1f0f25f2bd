/**
 * The real-page evaluation behind {@code reportminer eval}: pages saved from real Chinese sites
 * with gold written by annotators who never saw our code ({@link RealPageGold}), a scorer
 * ({@link RealPageEvaluation}: body recall by probes, boilerplate leak, title, publication date,
 * pages without a report, mojibake) and the peer extractors it compares us with ({@link Peers}:
 * Boilerpipe's ArticleExtractor, Readability4J, jsoup {@code body().text()}, Tika).
 *
 * <p>Nothing in the engine packages imports this package; the peers' libraries are used here
 * only.
 */
package org.reportminer.eval;
