package org.reportminer.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import org.reportminer.engine.Backend;
import org.reportminer.engine.CopyCheck;

/**
 * {@link CopyChecks} over a {@link Backend} that can check copies (the embedded index): the same checks {@code reportminer copycheck ID}
 * prints, as JSON and as the side-by-side page. The archive is the caller's to refresh and close.
 * Thread-safe.
 */
public final class IndexCopyChecks implements CopyChecks {
  private final Backend archive;

  private IndexCopyChecks(Backend archive) {
    this.archive = archive;
  }

  /**
   * Copy checks over {@code archive}, or empty when its reports carry no dedup fingerprints (an
   * index built before the dedup stage: re-ingest to add them) or it cannot check copies at all
   * (a SolrCloud collection).
   */
  public static Optional<CopyChecks> of(Backend archive) throws IOException {
    return archive.canCheckCopies() ? Optional.of(new IndexCopyChecks(archive)) : Optional.empty();
  }

  @Override
  public Optional<JsonNode> json(String id) throws IOException {
    return archive.copyCheck(id, false).map(CopyCheck::json);
  }

  @Override
  public Optional<String> html(String id) throws IOException {
    return archive.copyCheck(id, true).map(CopyCheck::html);
  }
}
