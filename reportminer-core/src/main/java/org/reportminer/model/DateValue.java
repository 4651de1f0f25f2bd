package org.reportminer.model;

/**
 * A date expression and its normalized value.
 *
 * @param text the expression as written ("4月20日至26日")
 * @param value ISO 8601 value: "2023", "2023-04", "2023-04-26" or a range "2023-04-20/2023-04-26".
 *     A year written with a placeholder ("20__年") is unknown and uses ISO 8601-2 / EDTF
 *     unspecified digits: "20XX-04". Null only when nothing at all could be resolved.
 * @param start UTF-16 start offset into the report text
 * @param end UTF-16 end offset (exclusive)
 */
public record DateValue(String text, String value, int start, int end) {}
