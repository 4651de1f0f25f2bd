package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.IndexLayout;
import org.reportminer.model.Failure;
import org.reportminer.model.ReportId;
import org.reportminer.pipeline.FailureLog;
import org.reportminer.pipeline.IndexDump;

/**
 * A page whose decoding is doubtful (issue 19) is indexed all the same, with one warning line on
 * stderr and a {@code charset} record in the failures log when one is written; the run still
 * exits 0, {@code stats} tells warnings from failures, and {@code --retry-failed} does not run
 * such a page again (so it cannot loop on it).
 */
class CharsetWarningTest {
  /** A short GB18030 report with three invalid bytes (0xFF) in its body: 3 U+FFFD in about 60 characters. */
  static byte[] doubtful() {
    Charset gb = Charset.forName("GB18030");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String[] pieces = {"社区植树节活动总结\n\n3月12日，社区组织党员志愿者在滨河公园", "开展植树活动，共种下银杏",
        "树苗120株，居民代表", "50余人参加。\n"};
    for (int i = 0; i < pieces.length; i++) {
      out.writeBytes(pieces[i].getBytes(gb));
      if (i < pieces.length - 1) {
        out.write(0xFF);
      }
    }
    return out.toByteArray();
  }

  @TempDir Path dir;
  Path docs;
  Path index;
  byte[] bytes;

  @BeforeEach
  void files() throws IOException {
    docs = Files.createDirectories(dir.resolve("docs"));
    bytes = doubtful();
    Files.write(docs.resolve("damaged.txt"), bytes);
    Files.writeString(docs.resolve("clean.txt"), "学校读书月活动总结\n\n4月份，学校开展了读书月系列活动，全校师生共读书籍3200余册。\n",
        StandardCharsets.UTF_8);
    index = dir.resolve("index");
  }

  NewUserCliTest.Run ingest(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("ingest"));
    all.addAll(List.of(args));
    all.addAll(List.of("--index", index.toString(), "--progress", "none"));
    return NewUserCliTest.run(all.toArray(String[]::new));
  }

  @Test
  void aDoubtfulPageIsIndexedWithOneWarningAndOneCharsetRecord() throws IOException {
    NewUserCliTest.Run first = ingest(docs.toString());
    assertEquals(0, first.code(), first.err());
    String warning = "reportminer: docs/damaged.txt: warning: doubtful decoding, reports kept: 3 of ";
    assertEquals(1, first.errLines().size(), first.err());
    assertTrue(first.err().startsWith(warning), first.err());
    assertTrue(first.err().strip().endsWith(" characters are U+FFFD (3 invalid byte sequences in GB18030)"), first.err());
    assertTrue(first.out().contains("  reports indexed   2\n"), first.out());
    assertTrue(first.out().contains("  doubtful charset  1 (indexed; see " + new IndexLayout(index).failuresLog() + ")\n"),
        first.out());
    assertTrue(first.out().contains("  failed            0\n"), first.out());
    assertEquals(2, IndexDump.reports(index).size());

    List<Failure> log = FailureLog.read(new IndexLayout(index).failuresLog());
    assertEquals(1, log.size());
    Failure f = log.get(0);
    assertEquals(List.of("docs/damaged.txt", ReportId.sha256Hex(bytes), "charset"), List.of(f.path(), f.sha256(), f.stage().label()));
    assertTrue(f.reason().endsWith("characters are U+FFFD (3 invalid byte sequences in GB18030)"), f.reason());

    NewUserCliTest.Run stats = NewUserCliTest.run("stats", "--index", index.toString());
    assertTrue(stats.out().contains("failures           0\ndoubtful charset   1 (indexed; listed in the failures log)\n"),
        stats.out());
    NewUserCliTest.Run json = NewUserCliTest.run("stats", "--index", index.toString(), "--json");
    assertTrue(json.out().contains("\"failures\":0,\"failuresByReason\":{},\"charsetWarnings\":1,"), json.out());
  }

  @Test
  void retryFailedDoesNotRunAWarnedPageAgain() throws IOException {
    assertEquals(0, ingest(docs.toString()).code());
    for (int round = 1; round <= 2; round++) {
      NewUserCliTest.Run retry = ingest("--retry-failed");
      assertEquals(0, retry.code(), retry.err());
      assertTrue(retry.out().contains("  inputs            0 (0 documents, 0 read)\n"), "round " + round + ": " + retry.out());
      assertEquals("", retry.err(), "round " + round);
      // the retry's log describes the retry: the warning was the run's that decoded the page
      assertEquals(List.of(), FailureLog.read(new IndexLayout(index).failuresLog()));
    }
    assertEquals(2, IndexDump.reports(index).size());
  }

  @Test
  void extractWarnsOnStderrAndWritesTheRecordOnlyIntoARequestedLog() throws IOException {
    String file = docs.resolve("damaged.txt").toString();
    NewUserCliTest.Run plain = NewUserCliTest.run("extract", file);
    assertEquals(0, plain.code(), plain.err());
    assertEquals(1, plain.errLines().size(), plain.err());
    assertTrue(plain.errLines().get(0).contains(": warning: doubtful decoding, reports kept: 3 of "), plain.err());
    assertTrue(plain.out().startsWith("== 社区植树节活动总结\n"), plain.out());
    assertFalse(Files.exists(Path.of("failures.jsonl")), "no log unless asked");

    Path log = dir.resolve("failures.jsonl");
    NewUserCliTest.Run logged = NewUserCliTest.run("extract", file, "--failures", log.toString());
    assertEquals(0, logged.code(), logged.err());
    List<Failure> records = FailureLog.read(log);
    assertEquals(1, records.size());
    assertEquals(Failure.Stage.CHARSET, records.get(0).stage());
    assertEquals(ReportId.sha256Hex(bytes), records.get(0).sha256());
  }
}
