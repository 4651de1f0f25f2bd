package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict on an index for the id scheme ({@link IdScheme#verdict}): a current index is used,
 * an older one whose stored paths (files, archive members, WARC records, stdin) already are keys
 * is upgraded, any other is refused with the path that differs.
 */
class IdSchemeTest {
  @TempDir Path dir;
  SourceKeys keys;

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus/a.html"), "x");
    Files.writeString(dir.resolve("corpus/pages.zip"), "x");
    Files.writeString(dir.resolve("corpus/crawl.warc.gz"), "x");
    keys = SourceKeys.under(dir);
  }

  static final Map<String, String> OLD = Map.of("ingest.run", "abc", "ingest.next", "3");

  @Test
  void aCurrentOrEmptyIndexIsUsedAsItIs() {
    assertEquals(new IdScheme.Verdict.Current(),
        IdScheme.verdict(Map.of("ingest.ids", "canonical-relative-1"), List.of("/any/where.html"), keys));
    assertEquals(new IdScheme.Verdict.Current(), IdScheme.verdict(Map.of(), List.of(), keys));
  }

  @Test
  void anOlderIndexOfKeysIsUpgraded() {
    assertEquals(new IdScheme.Verdict.Upgrade(), IdScheme.verdict(OLD,
        List.of("-", "corpus/a.html", "corpus/crawl.warc.gz#1234", "corpus/gone.html", "corpus/pages.zip!/dir/b.html"),
        keys));
  }

  @Test
  void anythingElseIsRefusedWithThePathThatDiffers() {
    String absolute = dir.resolve("corpus/a.html").toString();
    assertEquals(new IdScheme.Verdict.Refuse(absolute, "corpus/a.html"), IdScheme.verdict(OLD, List.of(absolute), keys));
    String member = dir.resolve("corpus/pages.zip").toString() + "!/b.html";
    assertEquals(new IdScheme.Verdict.Refuse(member, "corpus/pages.zip!/b.html"),
        IdScheme.verdict(OLD, List.of(member), keys));
    // a file that is gone, written otherwise than a key
    assertEquals(new IdScheme.Verdict.Refuse("corpus/../corpus/gone.html", "corpus/gone.html"),
        IdScheme.verdict(OLD, List.of("corpus/a.html", "corpus/../corpus/gone.html"), keys));
    // nothing to check against: every file is gone
    assertEquals(new IdScheme.Verdict.Refuse("corpus/gone.html", null),
        IdScheme.verdict(OLD, List.of("-", "corpus/gone.html"), keys));
    // a scheme this version does not know
    assertEquals(new IdScheme.Verdict.Refuse("(id scheme future-2)", null),
        IdScheme.verdict(Map.of("ingest.ids", "future-2"), List.of("corpus/a.html"), keys));
  }
}
