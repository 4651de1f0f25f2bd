package org.reportminer.model;

/**
 * One occurrence of a named entity in a report's text.
 *
 * @param type organization, person or place
 * @param text the surface form, equal to {@code reportText.substring(start, end)}
 * @param start UTF-16 start offset into the report text
 * @param end UTF-16 end offset (exclusive)
 */
public record Mention(EntityType type, String text, int start, int end) {}
