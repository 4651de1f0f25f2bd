package org.reportminer.search;

/**
 * A matched stretch of a report: {@code text.substring(start, end)} is exactly what matched.
 *
 * @param start UTF-16 offset into the report text (or title, for title hits)
 * @param end exclusive end offset
 */
public record Span(int start, int end) {}
