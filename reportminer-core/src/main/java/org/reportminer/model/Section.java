package org.reportminer.model;

/**
 * A headed section of a report ("一、分工明确、组织有序", "（一）…", "1. …", "第一部分 …").
 *
 * @param heading the heading line as written, trimmed
 * @param level 1 for top-level headings (一、 / 第一部分), 2 for （一）, 3 for 1. and so on
 * @param start UTF-16 offset in the report text where the heading starts
 * @param end UTF-16 offset where the section ends: the start of the next heading of the same or a
 *     higher level, or the end of the text
 */
public record Section(String heading, int level, int start, int end) {}
