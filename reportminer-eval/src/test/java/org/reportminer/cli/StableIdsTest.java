package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.index.TestReports;
import org.reportminer.model.Failure;
import org.reportminer.pipeline.FailureLog;
import org.reportminer.pipeline.IndexDump;

/**
 * Report ids do not depend on how a path is written (issue 19): ingesting the same folder
 * through a relative path, an absolute one, one with {@code ./} and {@code ..} and a symbolic
 * link gives one set of ids and no duplicates; {@code extract} of one file through two paths
 * prints one id; incremental runs, {@code --delete-missing} and {@code --retry-failed} work across
 * spellings; an index from before is upgraded in place when its paths already are the new keys,
 * and refused in one line (exit 2) otherwise, while the read commands keep working on it.
 */
class StableIdsTest {
  static final String ONE = """
      社区植树节活动总结

      3月12日，社区组织党员志愿者在滨河公园开展植树活动，共种下银杏树苗120株，居民代表50余人参加。
      """;
  static final String TWO = """
      学校读书月活动总结

      4月份，学校开展了读书月系列活动，全校师生共读书籍3200余册，评选书香班级8个。
      """;
  static final String THREE = """
      街道安全生产月工作总结

      6月份，街道开展安全生产月活动，排查隐患40处，已整改到位40处，培训企业负责人120人次。
      """;

  @TempDir Path dir;
  Path corpus;
  Path index;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  Run ingest(String path, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("ingest", path, "--index", index.toString(), "--progress", "none"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus/sub"));
    corpus = corpus.getParent();
    Files.writeString(corpus.resolve("one.txt"), ONE, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("sub/two.txt"), TWO, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("three.txt"), THREE, StandardCharsets.UTF_8);
    index = dir.resolve("index");
  }

  /** {@code to} written relative to the current folder (through {@code ..} when it is elsewhere). */
  static String relative(Path to) {
    return Path.of("").toAbsolutePath().relativize(to.toAbsolutePath()).toString();
  }

  /** Report id to stored input path. */
  Map<String, String> ids() throws IOException {
    Map<String, String> out = new TreeMap<>();
    IndexDump.reports(index).forEach((id, dump) -> out.put(id, dump.substring(0, dump.indexOf('\n'))));
    return out;
  }

  @Test
  void ingestThroughFourSpellingsOfOneFolderGivesOneSetOfIds() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
    String relative = relative(corpus);
    assertTrue(relative.startsWith(".."), "the temporary folder is outside the project: " + relative);

    Run first = ingest(relative);
    assertEquals(0, first.code(), first.err());
    Map<String, String> ids = ids();
    assertEquals(Map.of("corpus/one.txt", 1L, "corpus/sub/two.txt", 1L, "corpus/three.txt", 1L),
        ids.values().stream().collect(java.util.stream.Collectors.groupingBy(p -> p, TreeMap::new,
            java.util.stream.Collectors.counting())),
        "keys relative to the folder holding the index");

    for (String spelling : List.of(corpus.toString(), "./" + relative + "/sub/../../corpus/.", link.toString())) {
      Run again = ingest(spelling);
      assertEquals(0, again.code(), spelling + "\n" + again.err());
      assertTrue(again.out().contains("  unchanged skipped 3\n"), spelling + "\n" + again.out());
      assertTrue(again.out().contains("  index             3 reports, 0 exact duplicates (in 0 groups)\n"),
          spelling + "\n" + again.out());
      assertEquals(ids, ids(), spelling);
    }
    // one file named on its own, through the link
    Run single = ingest(link.resolve("sub/two.txt").toString());
    assertTrue(single.out().contains("  unchanged skipped 1\n"), single.out());
    assertEquals(ids, ids());
  }

  @Test
  void extractThroughTwoPathsPrintsOneId() throws IOException {
    Path file = corpus.resolve("sub/two.txt");
    Path link = Files.createSymbolicLink(dir.resolve("two-link.txt"), file);
    List<String> idLines = new java.util.ArrayList<>();
    List<String> sources = new java.util.ArrayList<>();
    for (String spelling : List.of(relative(file), file.toString(), "./" + relative(corpus) + "/../corpus/sub/two.txt",
        link.toString())) {
      Run r = run("extract", spelling);
      assertEquals(0, r.code(), r.err());
      idLines.add(r.out().lines().filter(l -> l.startsWith("id:")).findFirst().orElseThrow());
      sources.add(r.out().lines().filter(l -> l.startsWith("source:")).findFirst().orElseThrow());
    }
    assertEquals(1, idLines.stream().distinct().count(), idLines.toString());
    // outside the current folder, the key is the canonical absolute path
    assertEquals(List.of("source:    " + file.toRealPath().toString().replace('\\', '/')),
        sources.stream().distinct().toList());
  }

  @Test
  void deleteMissingAndRetryFailedWorkWhateverThePathsLookLike() throws IOException {
    Path empty = corpus.resolve("four.txt");
    Files.writeString(empty, "");
    Run first = ingest(corpus.toString());
    assertEquals(1, first.code(), "the empty file fails: " + first.err());
    List<Failure> log = FailureLog.read(new IndexLayout(index).failuresLog());
    assertEquals(List.of("corpus/four.txt"), log.stream().map(Failure::path).toList());

    Files.writeString(empty, """
        村委会换届选举工作总结

        今年，全镇12个村顺利完成村委会换届选举，选民参选率达到96%。
        """, StandardCharsets.UTF_8);
    Run retry = run("ingest", "--retry-failed", "--index", index.toString(), "--progress", "none");
    assertEquals(0, retry.code(), retry.err());
    assertTrue(retry.out().contains("  reports indexed   1\n"), retry.out());
    assertEquals(4, ids().size());

    Files.delete(corpus.resolve("three.txt"));
    Run delete = ingest(relative(corpus), "--delete-missing");
    assertEquals(0, delete.code(), delete.err());
    assertTrue(delete.out().contains("  gone, removed     1\n"), delete.out());
    assertTrue(delete.out().contains("  unchanged skipped 3\n"), delete.out());
    assertEquals(List.of("corpus/four.txt", "corpus/one.txt", "corpus/sub/two.txt"),
        ids().values().stream().sorted().toList());
  }

  /** Removes the id scheme from the index's last commit, as an index built before it has none. */
  void forgetIdScheme() throws IOException {
    Path lucene = new IndexLayout(index).lucene();
    try (var d = FSDirectory.open(lucene);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      assertTrue(data.containsKey("ingest.ids"), "ingest records the id scheme: " + data);
      data.remove("ingest.ids");
      w.setLiveCommitData(data.entrySet(), true);
      w.commit();
    }
    assertFalse(commitData().containsKey("ingest.ids"));
  }

  Map<String, String> commitData() throws IOException {
    try (var d = FSDirectory.open(new IndexLayout(index).lucene()); DirectoryReader r = DirectoryReader.open(d)) {
      return r.getIndexCommit().getUserData();
    }
  }

  @Test
  void anOlderIndexWhosePathsAreAlreadyKeysIsUpgradedInPlace() throws IOException {
    assertEquals(0, ingest(corpus.toString()).code());
    Map<String, String> ids = ids();
    forgetIdScheme();
    Run again = ingest(relative(corpus));
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("  unchanged skipped 3\n"), again.out());
    assertEquals(ids, ids());
    assertEquals("canonical-relative-1", commitData().get("ingest.ids"));
  }

  @Test
  void anOlderIndexOfPathsAsWrittenIsRefusedInOneLineAndStaysReadable() throws IOException {
    // what the former ingest stored for `ingest $PWD/corpus`: the absolute path as written
    String written = corpus.resolve("one.txt").toString();
    try (ReportIndexWriter w = ReportIndexWriter.open(new IndexLayout(index).lucene(), ReportSchema.withHanlp())) {
      w.replace(written, "0".repeat(64), List.of(TestReports.simple(written, "社区植树节活动总结", "2023-03-12",
          "3月12日，社区组织党员志愿者在滨河公园开展植树活动。")));
    }
    Map<String, String> before = ids();
    Run refused = ingest(corpus.toString());
    assertEquals(ExitCode.USAGE.code(), refused.code(), refused.out() + refused.err());
    assertEquals(List.of("reportminer ingest: index " + index + " was built before report ids came from canonical"
        + " paths (" + written + " is now corpus/one.txt); ingest into a new index: remove " + index
        + " or give another --index"), refused.err().lines().toList());
    assertEquals(before, ids(), "nothing was written");
    assertFalse(commitData().containsKey("ingest.ids"));

    Run stats = run("stats", "--index", index.toString());
    assertEquals(0, stats.code(), stats.err());
    assertTrue(stats.out().startsWith("reports            1\n"), stats.out());
    Run search = run("search", "植树", "--index", index.toString());
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().contains(written), search.out());
  }

  @Test
  void anOlderIndexWhoseFilesAreNowhereUnderItsFolderIsRefused() throws IOException {
    assertEquals(0, ingest(corpus.toString()).code());
    forgetIdScheme();
    // the corpus moved away: the stored paths cannot be checked against any file
    Files.move(corpus, dir.resolve("elsewhere"));
    Run refused = ingest(dir.resolve("elsewhere").toString());
    assertEquals(ExitCode.USAGE.code(), refused.code(), refused.out() + refused.err());
    assertEquals(1, refused.err().lines().count(), refused.err());
    assertTrue(refused.err().contains("corpus/one.txt is not found under " + dir.toRealPath()), refused.err());
  }
}
