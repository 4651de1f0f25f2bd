package org.reportminer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.engine.Archive;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;

/**
 * Copy checks over a real index with dedup fingerprints (including reports ingested while they
 * are open), and an index without fingerprints.
 */
class IndexCopyChecksTest {
  @TempDir Path dir;

  @Test
  void checksIndexedReportsAgainstTheIndex() throws IOException {
    IndexLayout layout = FixtureIndex.build(dir);
    try (Archive archive = Archive.open(layout, FixtureIndex.SCHEMA, FixtureIndex.DEDUP)) {
      CopyChecks checks = IndexCopyChecks.of(archive).orElseThrow();
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
  void refreshSeesReportsIngestedAfterOpening() throws IOException {
    IndexLayout layout = FixtureIndex.build(dir);
    AnalyzedReport repost = FixtureIndex.report("http://www.example.org/repost/week.html",
        "知识产权宣传周活动总结（转载）", "2023-05-02", FixtureIndex.WEEK.report().text(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    try (Archive archive = Archive.open(layout, FixtureIndex.SCHEMA, FixtureIndex.DEDUP)) {
      CopyChecks checks = IndexCopyChecks.of(archive).orElseThrow();
      try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), FixtureIndex.SCHEMA)) {
        w.replace(repost.report().source().path(), "sha-repost", List.of(repost));
        w.commit();
      }
      new IndexedDuplicates(FixtureIndex.DEDUP).update(layout.lucene());
      assertEquals(Optional.empty(), checks.json(repost.report().id()), "not seen before refresh");
      archive.refresh();
      JsonNode json = checks.json(FixtureIndex.WEEK.report().id()).orElseThrow();
      assertEquals(repost.report().id(), json.get("sources").get(0).get("id").asText());
      assertEquals(1.0, json.get("copyRatio").asDouble(), 1e-9, "the whole text was re-posted");
    }
  }

  @Test
  void anIndexWithoutFingerprintsHasNoCopyChecks() throws IOException {
    IndexLayout layout = FixtureIndex.build(dir, ReportSchema.withHanlp());
    try (Archive archive = Archive.open(layout, ReportSchema.withHanlp(), FixtureIndex.DEDUP)) {
      assertTrue(IndexCopyChecks.of(archive).isEmpty());
    }
  }
}
