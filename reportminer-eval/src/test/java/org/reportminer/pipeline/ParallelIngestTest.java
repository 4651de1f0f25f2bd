package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.bench.SyntheticArchive;
import org.reportminer.dedup.DedupFields;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.DuplicateCluster;
import org.reportminer.dedup.IndexedDuplicates;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Failure;
import org.reportminer.model.Report;

/**
 * The parallel ingest on a small generated archive: the same index whatever the number of
 * threads, a hanging document costs only its time limit, failures are logged and retried, a
 * stopped run resumes to the index of an uninterrupted one, changed inputs start afresh. Analysis
 * is a light stand-in except where the real analyzer's thread safety is the point.
 */
class ParallelIngestTest {
  static final ReportSchema SCHEMA = ReportSchema.withHanlp();
  static final DedupSettings DEDUP = DedupSettings.defaults();
  static final ReportSchema DEDUP_SCHEMA = ReportSchema.withHanlp().with(new DedupFields(DEDUP));
  static final Extractor EXTRACTOR = new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(1 << 20));
  static final int DOCS = 30;

  @TempDir static Path shared;
  static Path archive;

  @BeforeAll
  static void generate() throws IOException {
    archive = shared.resolve("archive");
    new SyntheticArchive(Path.of("corpus"), 5).write(archive, DOCS, i -> {});
  }

  /** Stand-in analysis: the report with no entities, one keyword (its first character). */
  static AnalyzedReport plain(Report r) {
    return new AnalyzedReport(r, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(r.text().substring(0, 1)));
  }

  static ParallelIngest engine(Path index, int threads, Analysis analysis) {
    return engine(index, ParallelIngest.Settings.defaults(threads), analysis);
  }

  static ParallelIngest engine(Path index, ParallelIngest.Settings settings, Analysis analysis) {
    return new ParallelIngest(EXTRACTOR, analysis, SCHEMA, new IndexLayout(index), settings, AfterIngest.NONE);
  }

  /** An engine as the ingest command builds it: dedup fields, near-duplicate clusters at the end. */
  static ParallelIngest withDedup(Path index, ParallelIngest.Settings settings, Analysis analysis,
      AtomicInteger afterRuns) {
    AfterIngest after = (layout, counters) -> {
      afterRuns.incrementAndGet();
      new IndexedDuplicates(DEDUP).update(layout.lucene());
    };
    return new ParallelIngest(EXTRACTOR, analysis, DEDUP_SCHEMA, new IndexLayout(index), settings, after);
  }

  /** The near-duplicate clusters of an index: each as its sorted member ids, the representative first. */
  static List<List<String>> clusters(Path index) throws IOException {
    try (var dir = FSDirectory.open(new IndexLayout(index).lucene()); DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexedDuplicates(DEDUP).clusters(reader).stream()
          .map(c -> {
            List<String> ids = new java.util.ArrayList<>();
            ids.add(c.representative());
            c.members().stream().map(DuplicateCluster.Member::id).filter(id -> !id.equals(c.representative()))
                .sorted().forEach(ids::add);
            return ids;
          })
          .sorted(java.util.Comparator.comparing(List::toString))
          .toList();
    }
  }

  static ParallelIngest.Result ingest(ParallelIngest engine, Path... inputs) throws IOException {
    return engine.run(engine.job(new InputSources(1 << 20), List.of(inputs).stream().map(Path::toString).toList(), null));
  }


  @Test
  void theIndexIsTheSameWhateverTheNumberOfThreads(@TempDir Path tmp) throws IOException {
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    ParallelIngest.Result one = ingest(engine(tmp.resolve("one"), 1, analyzer::analyze), archive);
    ParallelIngest.Result three = ingest(engine(tmp.resolve("three"), 3, analyzer::analyze), archive);
    assertTrue(one.completed() && three.completed());
    assertEquals(one.counters(), three.counters());
    assertEquals(DOCS, one.counters().documents());
    assertTrue(one.counters().reports() > DOCS, "some pages carry several reports: " + one.counters());
    assertTrue(one.counters().splitPages() > 0);
    Map<String, String> a = IndexDump.reports(tmp.resolve("one"));
    assertEquals(one.counters().reports(), a.size());
    assertEquals(a, IndexDump.reports(tmp.resolve("three")));
  }

  @Test
  void aHangingDocumentCostsOnlyItsTimeLimit(@TempDir Path tmp) throws IOException {
    String victim = keyFor(tmp, firstHtml());
    AtomicBoolean release = new AtomicBoolean();
    AtomicInteger hung = new AtomicInteger();
    // the stand-in ignores interrupts: only abandoning its thread lets the run go on; with one
    // thread, nothing after it would ever be analyzed if the stage did not replace the worker
    Analysis hanging = r -> {
      if (r.source().path().equals(victim)) {
        hung.incrementAndGet();
        while (!release.get()) {
          try {
            Thread.sleep(5); // idle, not spinning: a 2-core machine keeps a core for the others
          } catch (InterruptedException e) {
            // ignored on purpose
          }
        }
      }
      return plain(r);
    };
    ParallelIngest.Settings settings = ParallelIngest.Settings.defaults(1).withTimeLimit(Duration.ofSeconds(3));
    try {
      ParallelIngest.Result result = ingest(engine(tmp, settings, hanging), archive);
      assertTrue(result.completed());
      assertEquals(1, result.abandonedThreads());
      assertEquals(1, result.counters().failed());
      assertEquals(DOCS - 1, result.counters().indexed());
      List<Failure> log = FailureLog.read(new IndexLayout(tmp).failuresLog());
      assertEquals(1, log.size());
      assertEquals(victim, log.get(0).path());
      assertEquals("analyze", log.get(0).stage().label());
      assertEquals("time limit of 3 s exceeded", log.get(0).reason());
      assertEquals(64, log.get(0).sha256().length());
      assertTrue(hung.get() >= 1);
    } finally {
      release.set(true);
    }
  }

  @Test
  void failuresAreLoggedAndRetryRunsExactlyThoseInputs(@TempDir Path tmp) throws IOException {
    // both indexes in the same folder, so that they key the archive's files alike
    Path index = tmp.resolve("index");
    Set<String> broken = Set.of(keyFor(index, firstHtml()), keyFor(index, lastHtml()));
    AtomicBoolean fixed = new AtomicBoolean();
    Analysis flaky = r -> {
      if (!fixed.get() && broken.contains(r.source().path())) {
        throw new IllegalStateException("stand-in failure\nwith a second line");
      }
      return plain(r);
    };
    ParallelIngest engine = engine(index, 2, flaky);
    ParallelIngest.Result first = ingest(engine, archive);
    assertEquals(2, first.counters().failed());
    assertEquals(Map.of("analyze", 2L), first.counters().failuresByStage());
    IndexLayout layout = new IndexLayout(index);
    List<Failure> log = FailureLog.read(layout.failuresLog());
    assertEquals(broken, Set.copyOf(log.stream().map(Failure::path).toList()));
    assertEquals("internal error: IllegalStateException: stand-in failure with a second line", log.get(0).reason());

    fixed.set(true);
    ParallelIngest.Result retry = engine.run(engine.retryJob(new InputSources(1 << 20)));
    assertTrue(retry.completed());
    assertEquals(2, retry.counters().inputs(), "only the logged inputs run again");
    assertEquals(2, retry.counters().indexed());
    assertEquals(List.of(), FailureLog.read(layout.failuresLog()));
    assertFalse(Files.exists(layout.retryInputs()));

    // the index now equals one run where nothing failed
    ingest(engine(tmp.resolve("clean"), 2, ParallelIngestTest::plain), archive);
    assertEquals(IndexDump.reports(tmp.resolve("clean")), IndexDump.reports(index));
  }

  @Test
  void aStoppedRunResumesToTheIndexOfAnUninterruptedOne(@TempDir Path tmp) throws IOException {
    Path whole = tmp.resolve("whole");
    AtomicInteger wholeAfter = new AtomicInteger();
    ParallelIngest.Result uninterrupted =
        ingest(withDedup(whole, ParallelIngest.Settings.defaults(2), ParallelIngestTest::plain, wholeAfter), archive);
    assertEquals(1, wholeAfter.get());
    List<List<String>> expectedClusters = clusters(whole);
    assertFalse(expectedClusters.isEmpty(), "the archive has copy-edited copies");

    Path index = tmp.resolve("stopped");
    AtomicInteger analyzed = new AtomicInteger();
    AtomicInteger afterRuns = new AtomicInteger();
    ParallelIngest[] holder = new ParallelIngest[1];
    ParallelIngest.Settings settings = ParallelIngest.Settings.defaults(2).withCommitEvery(Duration.ZERO);
    holder[0] = withDedup(index, settings, r -> {
      // part-way: a dozen reports analyzed and at least one input through the whole pipeline (the
      // first input may still be in extraction when the twelfth report of others is analyzed)
      ParallelIngest.Progress p = holder[0].progress();
      if (analyzed.incrementAndGet() >= 12 && p != null && p.phase().equals("ingest") && p.done() > 0) {
        holder[0].stop(); // what the SIGTERM hook does
      }
      return plain(r);
    }, afterRuns);
    ParallelIngest.Result stopped = ingest(holder[0], archive);
    assertFalse(stopped.completed());
    assertEquals(0, afterRuns.get(), "clusters wait for the run to go through all inputs");
    long done = stopped.counters().inputs();
    assertTrue(done > 0 && done < DOCS, "stopped part-way: " + done);
    // consistent: the index holds the reports of exactly the inputs its checkpoint counts
    assertEquals(stopped.counters().reports(), IndexDump.reports(index).size());

    ParallelIngest.Result resumed =
        ingest(withDedup(index, ParallelIngest.Settings.defaults(2), ParallelIngestTest::plain, afterRuns), archive);
    assertTrue(resumed.completed());
    assertEquals(1, afterRuns.get());
    assertEquals(done, resumed.resumedAt());
    assertEquals(uninterrupted.counters(), resumed.counters());
    assertEquals(IndexDump.reports(whole), IndexDump.reports(index));
    assertEquals(expectedClusters, clusters(index));
    assertEquals(Files.readString(new IndexLayout(whole).failuresLog()),
        Files.readString(new IndexLayout(index).failuresLog()));
  }

  @Test
  void changedInputsStartAfreshInsteadOfResuming(@TempDir Path tmp) throws IOException {
    Path docs = tmp.resolve("docs");
    copyTree(archive, docs);
    Path index = tmp.resolve("index");
    AtomicInteger analyzed = new AtomicInteger();
    ParallelIngest[] holder = new ParallelIngest[1];
    // same settings in both runs, so the second has the first's run key and would resume
    ParallelIngest.Settings settings = ParallelIngest.Settings.defaults(1).withCommitEvery(Duration.ZERO)
        .withDeleteMissing(true);
    holder[0] = engine(index, settings, r -> {
      if (analyzed.incrementAndGet() == 8) {
        holder[0].stop();
      }
      return plain(r);
    });
    ParallelIngest.Result stopped = ingest(holder[0], docs);
    assertFalse(stopped.completed());
    long done = stopped.counters().inputs();
    assertTrue(done > 0, "stopped after a checkpoint: " + done);
    // the first input goes: input next-1 of the checkpoint now has another path
    String first = new InputSources(1 << 20).expand(List.of(docs.toString()), null).documents().get(0).path();
    Files.delete(Path.of(first));
    ParallelIngest.Result again = ingest(engine(index, settings, ParallelIngestTest::plain), docs);
    assertTrue(again.completed());
    assertEquals(0, again.resumedAt());
    ingest(engine(tmp.resolve("fresh"), 2, ParallelIngestTest::plain), docs);
    assertEquals(IndexDump.reports(tmp.resolve("fresh")), IndexDump.reports(index));
  }

  @Test
  void unchangedDocumentsAreSkippedAndGoneOnesRemoved(@TempDir Path tmp) throws IOException {
    Path docs = tmp.resolve("docs");
    copyTree(archive, docs);
    Path index = tmp.resolve("index");
    ParallelIngest.Result first = ingest(engine(index, 2, ParallelIngestTest::plain), docs);
    ParallelIngest.Result second = ingest(engine(index, 2, ParallelIngestTest::plain), docs);
    assertEquals(first.counters().documents(), second.counters().unchanged());
    assertEquals(0, second.counters().indexed());
    assertEquals(IndexDump.reports(index).size(), first.counters().reports());

    Path gone = firstFile(docs.resolve("html"));
    Files.delete(gone);
    ParallelIngest.Settings deleting = ParallelIngest.Settings.defaults(2).withDeleteMissing(true);
    ParallelIngest.Result third = ingest(engine(index, deleting, ParallelIngestTest::plain), docs);
    assertEquals(1, third.counters().deleted());
    assertTrue(IndexDump.reports(index).values().stream().noneMatch(v -> v.startsWith(gone.toString() + "\n")));
  }

  @Test
  void hostileInputsFailAloneAndTheRunGoesOn(@TempDir Path tmp) throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.copy(firstFile(archive.resolve("html")), docs.resolve("good.html"));
    // a zip bomb in miniature: a member inflating far past the 1 MiB limit, and a nested archive
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docs.resolve("bomb.zip")))) {
      zip.putNextEntry(new ZipEntry("huge.html"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 8; i++) {
        zip.write(zeros);
      }
      zip.putNextEntry(new ZipEntry("inner.zip"));
      var inner = new java.io.ByteArrayOutputStream();
      try (ZipOutputStream z2 = new ZipOutputStream(inner)) {
        z2.putNextEntry(new ZipEntry("a.txt"));
        z2.write("今年以来，我们扎实推进各项工作。".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      zip.write(inner.toByteArray());
    }
    Files.writeString(docs.resolve("deep.html"), "<div>".repeat(200_000) + "今年以来");
    Files.write(docs.resolve("truncated.pdf"), "%PDF-1.4\n1 0 obj<<".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    ParallelIngest.Result result = ingest(engine(tmp.resolve("index"), 2, ParallelIngestTest::plain), docs);
    assertTrue(result.completed());
    assertEquals(5, result.counters().inputs());
    assertEquals(5, result.counters().indexed() + result.counters().failed(), result.toString());
    Map<String, String> reasons = new TreeMap<>();
    for (Failure f : FailureLog.read(new IndexLayout(tmp.resolve("index")).failuresLog())) {
      assertTrue(f.path().startsWith("docs/"), "keyed relative to the folder holding the index: " + f.path());
      reasons.put(f.path().substring("docs/".length()), f.stage().label() + ": " + f.reason());
    }
    assertTrue(reasons.keySet().containsAll(Set.of("bomb.zip!/huge.html", "bomb.zip!/inner.zip", "truncated.pdf")),
        reasons.toString());
    assertFalse(reasons.containsKey("good.html"));
    assertTrue(reasons.get("bomb.zip!/huge.html").startsWith("extract: too large"), reasons.toString());
  }

  /** The key a run into {@code index} gives {@code file}: relative to the folder holding the index. */
  static String keyFor(Path index, String file) throws IOException {
    return SourceKeys.under(index.toAbsolutePath().getParent()).of(Path.of(file));
  }

  static String firstHtml() throws IOException {
    return firstFile(archive.resolve("html")).toString();
  }

  static String lastHtml() throws IOException {
    try (var files = Files.walk(archive.resolve("html"))) {
      return files.filter(Files::isRegularFile).map(Path::toString).sorted().reduce((a, b) -> b).orElseThrow();
    }
  }

  static Path firstFile(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
