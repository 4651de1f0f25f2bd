package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * What a new user hits on the command line: exit codes that tell a usage error from an I/O
 * failure and a bug, a capped {@code --threads}, one-line messages for a folder or file that is
 * not an index, no failures log dropped in the current folder, and counts in proper English.
 */
class NewUserCliTest {
  static final String PAGE = """
      全民健身运动会工作总结

      发布时间:2022-09-10

      区文化体育局举办全民健身运动会，参赛群众踊跃，取得良好社会效果。
      """;

  @TempDir Path dir;

  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.strip().split("\n"));
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve("docs").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Command(name = "io")
  static final class FailsReading implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
      throw new java.nio.file.NoSuchFileException("/no/such/index/segments_1");
    }
  }

  @Command(name = "wrapped")
  static final class FailsReadingUnchecked implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new UncheckedIOException(new IOException("disk full"));
    }
  }

  @Command(name = "bug")
  static final class HasABug implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug\nover two lines");
    }
  }

  static Run runWith(Object command, String name) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).addSubcommand(name, command);
    int code = Main.configure(cli, new PrintWriter(out, true), new PrintWriter(err, true)).execute(name);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void anExceptionIsAnInputFailureOrAnInternalErrorNeverAUsageError() {
    Run io = runWith(new FailsReading(), "io");
    assertEquals(ExitCode.INPUT_FAILED.code(), io.code());
    assertEquals(List.of("reportminer io: no such file or directory: /no/such/index/segments_1"), io.errLines());
    Run wrapped = runWith(new FailsReadingUnchecked(), "wrapped");
    assertEquals(1, wrapped.code());
    assertEquals(1, wrapped.errLines().size(), wrapped.err());
    Run bug = runWith(new HasABug(), "bug");
    assertEquals(ExitCode.INTERNAL.code(), bug.code());
    assertEquals(3, bug.code());
    assertEquals(List.of("reportminer bug: internal error: IllegalStateException: a bug over two lines"),
        bug.errLines());
    // a bad option stays a usage error
    Run usage = run("stats", "--no-such-option");
    assertEquals(ExitCode.USAGE.code(), usage.code());
    assertEquals(2, usage.code());
  }

  @Test
  void aCorruptIndexIsAnInputFailureInOneLine() throws IOException {
    Path lucene = dir.resolve("broken/lucene");
    Files.createDirectories(lucene);
    Files.write(lucene.resolve("segments_1"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    Run r = run("stats", "--index", dir.resolve("broken").toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("reportminer stats: "), r.err());
  }

  @Test
  void threadsAreCappedAtTheMachineAndTheInputsWithOneWarning() throws IOException {
    assertEquals(4, Workers.cap(null, 4, -1, "x", new PrintWriter(new StringWriter())));
    assertEquals(2, Workers.cap(null, 4, 2, "x", new PrintWriter(new StringWriter())));
    assertEquals(3, Workers.cap(3, 4, 10, "x", new PrintWriter(new StringWriter())));
    StringWriter warning = new StringWriter();
    assertEquals(4, Workers.cap(100_000, 4, 10, "ingest", new PrintWriter(warning, true)));
    assertEquals("reportminer ingest: --threads 100000 is more than this machine's 4 cores can use; using 4",
        warning.toString().strip());
    StringWriter fewInputs = new StringWriter();
    assertEquals(1, Workers.cap(8, 4, 1, "extract", new PrintWriter(fewInputs, true)));
    assertEquals("reportminer extract: --threads 8 is more than 1 input can use; using 1",
        fewInputs.toString().strip());

    Path page = write("a.txt", PAGE);
    Run r = run("extract", page.toString(), "--threads", "64");
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("reportminer extract: --threads 64 is more than 1 input can use; using 1"), r.errLines());
    assertTrue(r.out().contains("全民健身运动会"), r.out());
  }

  @Test
  void statsOnAFolderThatIsNotAnIndexSaysSo() throws IOException {
    Path notIndex = Files.createDirectories(dir.resolve("photos"));
    Files.writeString(notIndex.resolve("x.txt"), "x");
    Run r = run("stats", "--index", notIndex.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(List.of("reportminer stats: no index in " + notIndex + " (run ingest first)"), r.errLines());
    Run json = run("stats", "--index", dir.resolve("missing").toString(), "--json");
    assertEquals(2, json.code());
    assertEquals("", json.out());
  }

  @Test
  void ingestIntoARegularFileSaysItIsNotAnIndexDirectory() throws IOException {
    Path page = write("a.txt", PAGE);
    Path file = Files.writeString(dir.resolve("notes.txt"), "my notes");
    Run r = run("ingest", page.toString(), "--index", file.toString(), "--progress", "none");
    assertEquals(2, r.code());
    assertEquals(List.of("reportminer ingest: --index " + file
        + " is a file, not an index directory (give a new or existing index directory)"), r.errLines());
    assertEquals("my notes", Files.readString(file), "the file is left alone");
  }

  @Test
  void extractWritesNoFailuresLogUnlessAskedAndSaysWhereTheFailuresAre() throws IOException {
    Path here = Path.of("failures.jsonl");
    assertFalse(Files.exists(here), "a failures.jsonl left in the project folder by some other run");
    Path page = write("a.txt", PAGE);
    Path empty = write("empty.txt", "");
    Run r = run("extract", page.toString(), empty.toString());
    assertEquals(1, r.code());
    assertFalse(Files.exists(here), "extract wrote failures.jsonl into the current folder");
    assertEquals("reportminer: 1 input failed, 1 report from 1 document; failures are listed above"
        + " (--failures FILE also writes them as JSON lines)", r.errLines().get(r.errLines().size() - 1));
    Path log = dir.resolve("f.jsonl");
    Run logged = run("extract", page.toString(), empty.toString(), "--failures", log.toString());
    assertEquals(1, logged.code());
    assertTrue(logged.err().strip().endsWith("failures are listed in " + log.toAbsolutePath()), logged.err());
    assertEquals(1, Files.readAllLines(log).size());
  }

  @Test
  void countsOfOneAreSingular() throws IOException {
    Path page = write("a.txt", PAGE);
    String index = dir.resolve("index").toString();
    Run ingest = run("ingest", page.toString(), "--index", index, "--progress", "none");
    assertEquals(0, ingest.code(), ingest.err());
    assertTrue(ingest.out().contains("  inputs            1 (1 document, 1 read)\n"), ingest.out());
    assertTrue(ingest.out().contains("  index             1 report, 0 exact duplicates (in 0 groups)\n"),
        ingest.out());
    assertTrue(ingest.out().contains("  near duplicates   0 (in 0 clusters); 1 report checked, 0 links added\n"),
        ingest.out());
    Run search = run("search", "全民健身运动会", "--index", index);
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().startsWith("1 report matches 全民健身运动会 (page 1 of 1)\n"), search.out());
  }

  @Test
  void searchErrorsAreOneLineThatSayWhatToChange() throws IOException {
    Path page = write("a.txt", PAGE);
    String index = dir.resolve("index").toString();
    assertEquals(0, run("ingest", page.toString(), "--index", index, "--progress", "none").code());
    Run year = run("search", "运动会", "--year", "abc", "--index", index);
    assertEquals(2, year.code());
    assertEquals(List.of("reportminer search: year must be four digits such as 2023, not \"abc\""), year.errLines());
    Run and = run("search", "AND", "--index", index);
    assertEquals(2, and.code());
    assertEquals(List.of("reportminer search: cannot parse query: AND needs a word on each side"
        + " (write \"AND\" in quotes to search for the word)"), and.errLines());
    Run deep = run("search", "运动会", "--page", "99999", "--index", index);
    assertEquals(2, deep.code());
    assertEquals(List.of("reportminer search: page 99999 is too deep: at 10 hits per page the last page"
        + " that can be shown is 1000 (only the first 10000 hits are paged)"), deep.errLines());
  }
}
