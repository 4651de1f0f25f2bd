package org.reportminer.server;

import java.util.regex.Pattern;

/** Checks report ids taken from request paths before any lookup. No state. */
final class ReportIds {
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

  private ReportIds() {}

  /**
   * The id in a raw path segment, which must be exactly a report id (16 lowercase hex digits, see
   * {@link org.reportminer.model.ReportId}); anything else, encoded or not, is a 400.
   */
  static String check(String rawSegment) throws BadRequest {
    if (!ID.matcher(rawSegment).matches()) {
      throw new BadRequest(400, "invalid report id \"" + Texts.clip(rawSegment)
          + "\" (16 hex digits expected)");
    }
    return rawSegment;
  }
}
