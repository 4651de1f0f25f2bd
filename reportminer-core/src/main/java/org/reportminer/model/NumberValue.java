package org.reportminer.model;

import java.math.BigDecimal;

/**
 * A quantity: a number with its measure word or unit ("1000余份" is 1000, 份, approximate).
 *
 * @param text the expression as written
 * @param value the numeric value with multipliers applied ("3.5万元" is 35000)
 * @param unit the measure word or unit ("份", "人次", "元", "%"), or null when there is none
 * @param approx true for 余, 多, 近, 约, 左右 and similar
 * @param start UTF-16 start offset into the report text
 * @param end UTF-16 end offset (exclusive)
 */
public record NumberValue(
    String text, BigDecimal value, String unit, boolean approx, int start, int end) {}
