package org.reportminer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;

/** Copy checks over a real index with dedup fingerprints, and an index without them. */
class IndexCopyChecksTest {
  @TempDir Path dir;

  @Test
  void checksIndexedReportsAgainstTheIndex() throws IOException {
    IndexLayout layout = FixtureIndex.build(dir);
    try (IndexCopyChecks checks = IndexCopyChecks.open(layout, FixtureIndex.DEDUP).orElseThrow()) {
      String id = FixtureIndex.SPORTS.report().id();
      JsonNode json = checks.json(id).orElseThrow();
      assertEquals(id, json.get("id").asText());
      assertTrue(json.get("copyRatio").asDouble() > 0.3, json.toString());
      assertEquals(FixtureIndex.SPORTS_COPY.report().id(),
          json.get("sources").get(0).get("id").asText());

      JsonNode unrelated = checks.json(FixtureIndex.TRAINING.report().id()).orElseThrow();
      assertTrue(unrelated.get("copyRatio").asDouble() < json.get("copyRatio").asDouble());

      String html = checks.html(FixtureIndex.HOSTILE.report().id()).orElseThrow();
      assertTrue(html.startsWith("<!DOCTYPE html>"));
      assertFalse(html.contains("<script"), "no script, and the payload is escaped");
      assertFalse(html.contains("<img"));
      assertFalse(html.contains("<i onmouseover"));
      assertTrue(html.contains("&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;"),
          "the title's payload shows as text");
      assertTrue(html.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;"),
          "the text beside its re-post shows as text");
      assertTrue(html.contains("&lt;b&gt;网络巡查&lt;/b&gt;情况通报"), "so does the source's title");
      assertTrue(html.contains("<mark class=\"s0\">"), "the shared passage is marked");
      assertEquals(FixtureIndex.HOSTILE_REPOST.report().id(), checks.json(
          FixtureIndex.HOSTILE.report().id()).orElseThrow().get("sources").get(0).get("id").asText());

      assertEquals(Optional.empty(), checks.json("ffffffffffffffff"));
      assertEquals(Optional.empty(), checks.html("ffffffffffffffff"));
    }
  }

  @Test
  void anIndexWithoutFingerprintsHasNoCopyChecks() throws IOException {
    IndexLayout layout = FixtureIndex.build(dir, ReportSchema.withHanlp());
    assertTrue(IndexCopyChecks.open(layout, FixtureIndex.DEDUP).isEmpty());
  }
}
