package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.bench.SyntheticArchive;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.RecordJson;
import org.reportminer.pipeline.Checkpoint;
import org.reportminer.pipeline.IndexDump;

/**
 * Resumability for real: {@code reportminer ingest} runs as a separate JVM on a generated
 * archive and is killed with SIGKILL at several points (while learning site templates, about a
 * third and two thirds of the way, and as it reaches the end, when the near-duplicate step may be
 * running); the same command is run again after each kill. The final index must equal that of
 * one uninterrupted run: the same reports (ids, records, texts), no report twice, the same
 * {@code stats --json} (but the on-disk size, which depends on how the segments were written),
 * the same near-duplicate clusters and the same failures log. A SIGTERM (what Ctrl-C sends
 * through the shell's process group, like SIGINT) stops the run with a commit of its progress.
 */
class IngestKillTest {
  static final int DOCS = 100;
  static final Pattern PROGRESS = Pattern.compile("^ingest \\[[#.]+\\] (\\d+)/(\\d+) ");

  @TempDir static Path shared;
  static Path archive;
  static Path baseline;

  @BeforeAll
  static void uninterruptedRun() throws Exception {
    archive = shared.resolve("archive");
    new SyntheticArchive(Path.of("corpus"), 11).write(archive, DOCS, i -> {});
    baseline = shared.resolve("baseline");
    Child whole = Child.start(baseline, "3600");
    whole.waitUntil(line -> false);
    int code = whole.waitForExit();
    assertTrue(code == 0 || code == 1, "exit " + code + "\n" + whole.err());
    assertTrue(whole.out().contains("ingest finished"), whole.out());
  }

  @Test
  void killedFourTimesThenRerunGivesTheIndexOfAnUninterruptedRun() throws Exception {
    // beside the baseline: files are keyed relative to the folder holding the index
    Path index = shared.resolve("killed");
    List<Predicate<String>> killPoints = List.of(
        line -> line.startsWith("learning site templates") && !line.contains(" 0 inputs"),
        // at a third, once a checkpoint is on disk (on a fast machine the whole run can take less
        // than one commit interval), so that the next run has something to resume from
        line -> done(line) >= DOCS / 3 && committedNext(index) > 0,
        line -> done(line) >= 2 * DOCS / 3,
        line -> done(line) >= DOCS);
    int killed = 0;
    long midRunCheckpoint = 0;
    for (Predicate<String> point : killPoints) {
      Child run = Child.start(index, "0.3");
      boolean reached = run.waitUntil(point);
      run.process.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
      int code = run.waitForExit();
      if (reached && code == 137) {
        killed++;
      }
      long next = committedNext(index); // what the next run resumes from
      if (next < DOCS) {
        midRunCheckpoint = Math.max(midRunCheckpoint, next);
      }
    }
    Child last = Child.start(index, "0.3");
    last.waitUntil(line -> false);
    int code = last.waitForExit();
    assertTrue(code == 0 || code == 1, "exit " + code + "\n" + last.err());
    assertTrue(last.out().contains("ingest finished"), last.out());
    assertTrue(killed >= 3, "runs killed part-way: " + killed);
    // a killed run left a checkpoint part-way for the next run (that a run resumes from the
    // checkpoint it finds is shown by the SIGTERM test below, through its summary line)
    assertTrue(midRunCheckpoint > 0, "a kill left a checkpoint part-way");
    assertSameIndex(baseline, index);
  }

  @Test
  void sigtermStopsWithACommitAndTheRerunFinishesTheJob() throws Exception {
    // Progress counts inputs applied in order, and the whole archive fits in the pipeline's
    // window, so the count can jump to the end between a progress line and the signal. A SIGTERM
    // that came after the end proves nothing: then try again, earlier in a fresh index.
    for (long at : new long[] {DOCS / 2, DOCS / 4, 1}) {
      Path index = shared.resolve("stopped-" + at);
      // no periodic checkpoints: whatever the index holds after SIGTERM was committed by the stop
      Child run = Child.start(index, "3600");
      assertTrue(run.waitUntil(line -> done(line) >= at), run.err());
      long seen = run.lastDone;
      run.process.destroy(); // SIGTERM
      run.waitForExit();
      Checkpoint cp;
      try (var dir = FSDirectory.open(new IndexLayout(index).lucene())) {
        cp = Checkpoint.fromCommitData(SegmentInfos.readLatestCommit(dir).getUserData()).orElseThrow();
      }
      if (cp.phase().equals(Checkpoint.DONE)) {
        continue; // the run had finished before the signal
      }
      assertEquals(Checkpoint.INDEXING, cp.phase());
      assertTrue(cp.next() >= seen && cp.next() < DOCS, "committed at the stop: " + cp.next() + " >= " + seen);

      Child rest = Child.start(index, "3600");
      rest.waitUntil(line -> false);
      rest.waitForExit();
      assertTrue(rest.out().contains("(resumed after input " + cp.next() + ")"), rest.out());
      assertSameIndex(baseline, index);
      return;
    }
    throw new AssertionError("every SIGTERM came after the run had finished");
  }

  /** The next input of the index's latest committed checkpoint, 0 when there is none yet. */
  static long committedNext(Path index) {
    try (var dir = FSDirectory.open(new IndexLayout(index).lucene())) {
      return Checkpoint.fromCommitData(SegmentInfos.readLatestCommit(dir).getUserData())
          .map(Checkpoint::next).orElse(0L);
    } catch (IOException e) {
      return 0; // no commit yet, or one being written
    }
  }

  static long done(String line) {
    Matcher m = PROGRESS.matcher(line);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  static void assertSameIndex(Path expected, Path actual) throws IOException {
    Map<String, String> a = IndexDump.reports(expected);
    assertTrue(a.size() > DOCS, "pages with several reports: " + a.size());
    assertEquals(a, IndexDump.reports(actual));
    assertEquals(statsWithoutSize(expected), statsWithoutSize(actual));
    assertEquals(cli("dups", "--index", expected.toString(), "--format", "json"),
        cli("dups", "--index", actual.toString(), "--format", "json"));
    IndexLayout x = new IndexLayout(expected);
    IndexLayout y = new IndexLayout(actual);
    assertEquals(Files.exists(x.failuresLog()) ? Files.readString(x.failuresLog()) : "",
        Files.exists(y.failuresLog()) ? Files.readString(y.failuresLog()) : "");
  }

  static String statsWithoutSize(Path index) throws IOException {
    ObjectNode stats = (ObjectNode) RecordJson.mapper().readTree(cli("stats", "--index", index.toString(), "--json"));
    assertTrue(stats.has("nearDuplicates") && stats.has("exactDuplicates"), stats.toString());
    stats.remove("indexBytes");
    return stats.toString();
  }

  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  /** {@code reportminer ingest ARCHIVE} in its own JVM, its progress lines read as they come. */
  static final class Child {
    final Process process;
    final Path stdout;
    final List<String> errLines = java.util.Collections.synchronizedList(new ArrayList<>());
    private final BufferedReader err;
    volatile long lastDone = -1;

    private Child(Process process, Path stdout) {
      this.process = process;
      this.stdout = stdout;
      this.err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    }

    static Child start(Path index, String commitEvery) throws IOException {
      Files.createDirectories(index);
      Path stdout = Files.createTempFile(index.getParent(), "stdout", ".txt");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(java, "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
          "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "ingest", archive.toString(), "--index", index.toString(), "--threads", "2",
          "--commit-every", commitEvery, "--progress", "log", "--log-every", "0.1");
      pb.redirectOutput(stdout.toFile());
      return new Child(pb.start(), stdout);
    }

    /** Reads progress lines until one matches (true) or the process ends (false). */
    boolean waitUntil(Predicate<String> stop) throws IOException {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        errLines.add(line);
        long d = done(line);
        if (d >= 0) {
          lastDone = d;
        }
        if (stop.test(line)) {
          return true;
        }
      }
      return false;
    }

    int waitForExit() throws Exception {
      Thread drain = new Thread(() -> {
        try {
          waitUntil(line -> false);
        } catch (IOException e) {
          // the process is gone
        }
      });
      drain.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("ingest did not end in 120 s:\n" + err());
      }
      drain.join(5000);
      return process.exitValue();
    }

    String out() throws IOException {
      return Files.readString(stdout);
    }

    String err() {
      return String.join("\n", errLines);
    }
  }
}
