package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} without the public corpora (as on CI and in a fresh clone): the dev-split scores
 * are skipped with one line saying why, every other section still runs, and --write-docs leaves
 * the NER dev-split section of the document alone rather than writing an empty one.
 */
class EvalCommandTest {

  @Test
  void missingCorporaSkipTheDevSplitScoresAndNothingElse(@TempDir Path tmp) throws Exception {
    Path docs = tmp.resolve("QUALITY.md");
    Path corpora = tmp.resolve("no-corpora");
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("eval", "--gold", "reportminer-eval/src/test/resources/gold",
        "--corpora", corpora.toString(), "--write-docs", "--docs", docs.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().lines().anyMatch(l ->
        l.equals("NER dev-split scores skipped: no corpora directory " + corpora
            + " (the public corpora are not in the repository; give their directory with --corpora DIR)")), r.out());
    assertFalse(r.out().contains("## NER on the corpora's development splits"), r.out());
    for (String section : new String[] {"## Extraction", "## Analysis", "## Search", "## Duplicates and copied passages"}) {
      assertTrue(r.out().contains(section), section);
    }
    String written = Files.readString(docs, StandardCharsets.UTF_8);
    for (String marker : new String[] {"eval:extract", "eval:analyze", "eval:search", "eval:dedup"}) {
      assertTrue(written.contains("<!-- " + marker + " -->") && written.contains("<!-- /" + marker + " -->"), marker);
    }
    assertFalse(written.contains("eval:ner-dev"), written);
  }
}
