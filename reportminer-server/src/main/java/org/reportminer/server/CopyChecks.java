package org.reportminer.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/**
 * Copy checks (查重 reports) of indexed reports, as the server shows them: the JSON and the
 * self-contained HTML page that {@code reportminer copycheck ID} prints. Implementations must be
 * thread-safe (requests call them concurrently).
 */
public interface CopyChecks {
  /** The check of the indexed report {@code id} as JSON, or empty when the index lacks it. */
  Optional<JsonNode> json(String id) throws IOException;

  /**
   * The check of the indexed report {@code id} as a complete HTML page with every piece of report
   * text escaped and no scripts, or empty when the index lacks it.
   */
  Optional<String> html(String id) throws IOException;

  /** Makes reports committed since opening visible to later checks (default: nothing to do). */
  default void refresh() throws IOException {}
}
