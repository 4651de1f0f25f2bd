package org.reportminer.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.reportminer.model.RecordJson;

/** Copy checks that know one report id, for testing the routes without the dedup stage. */
final class FakeCopyChecks implements CopyChecks {
  static final String HTML = "<!DOCTYPE html><html><head><style>mark{background:#fc0}</style>"
      + "</head><body><h1>查重报告</h1></body></html>";

  private final String knownId;

  FakeCopyChecks(String knownId) {
    this.knownId = knownId;
  }

  @Override
  public Optional<JsonNode> json(String id) {
    return id.equals(knownId)
        ? Optional.of(RecordJson.mapper().createObjectNode().put("id", id).put("copyRatio", 0.5))
        : Optional.empty();
  }

  @Override
  public Optional<String> html(String id) {
    return id.equals(knownId) ? Optional.of(HTML) : Optional.empty();
  }
}
