package org.reportminer.search;

/**
 * One occurrence in context. Offsets are UTF-16 offsets into the report's text, the same spans a
 * search snippet marks: {@code text.substring(start, end)} is {@code match}, and {@code left} and
 * {@code right} are the text just before {@code start} and just after {@code end}.
 *
 * @param id the report id
 * @param title the report title
 * @param published the publication date as stored (2023, 2023-04, 2023-04-26) or null
 * @param start offset of the match
 * @param end offset after the match
 * @param left up to the requested width of text before the match
 * @param match the matched text
 * @param right up to the requested width of text after the match
 */
public record ConcordanceLine(String id, String title, String published, int start, int end,
    String left, String match, String right) {}
