package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.model.RecordJson;

/** End to end: {@code extract --json} over the whole corpus, and a run with bad inputs mixed in. */
class ExtractCommandTest {

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  static final Set<String> TOP = Set.of("id", "source", "title", "published", "category", "text", "sections");
  static final Set<String> SOURCE = Set.of("path", "url", "sha256", "mediaType", "charset", "part", "parts");
  /** Source fields written only when they say something: damaged bytes, where the date came from. */
  static final Set<String> OPTIONAL_SOURCE = Set.of("invalidSequences", "publishedFrom");
  static final Set<String> SECTION = Set.of("heading", "level", "start", "end");

  static Set<String> fields(JsonNode n) {
    Set<String> s = new HashSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      s.add(it.next());
    }
    return s;
  }

  @Test
  void everyCorpusDocumentGivesRecordsInTheDesignShape(@TempDir Path tmp) throws Exception {
    Path failures = tmp.resolve("failures.jsonl");
    Run r = run("extract", "corpus", "--json", "--failures", failures.toString());
    assertEquals("", r.err(), "no corpus document fails");
    assertEquals(Main.OK, r.exit());
    assertEquals("", Files.readString(failures), "the failures log exists and is empty");

    Set<String> covered = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (String line : r.out().split("\n")) {
      JsonNode o = RecordJson.mapper().readTree(line);
      assertEquals(TOP, fields(o), line);
      Set<String> source = fields(o.get("source"));
      assertTrue(source.containsAll(SOURCE), line);
      Set<String> extra = new HashSet<>(source);
      extra.removeAll(SOURCE);
      assertTrue(OPTIONAL_SOURCE.containsAll(extra), line);
      // publishedFrom is there exactly when there is a date, and names one of the sources
      assertEquals(!o.get("published").isNull(), o.get("source").has("publishedFrom"), line);
      if (o.get("source").has("publishedFrom")) {
        assertTrue(Set.of("meta", "time", "json-ld", "table", "line", "url")
            .contains(o.get("source").get("publishedFrom").asText()), line);
      }
      assertTrue(ids.add(o.get("id").asText()), "ids are unique");
      assertEquals(16, o.get("id").asText().length());
      assertEquals(64, o.get("source").get("sha256").asText().length());
      String text = o.get("text").asText();
      assertFalse(text.isBlank());
      assertFalse(text.contains("\uFFFD"), "no replacement characters");
      assertFalse(o.get("title").asText().isBlank());
      JsonNode published = o.get("published");
      assertTrue(published.isNull() || published.asText().matches("\\d{4}-\\d{2}-\\d{2}"), published.toString());
      int part = o.get("source").get("part").asInt();
      int parts = o.get("source").get("parts").asInt();
      assertTrue(part >= 1 && part <= parts);
      for (JsonNode s : o.get("sections")) {
        assertEquals(SECTION, fields(s));
        int start = s.get("start").asInt();
        int end = s.get("end").asInt();
        assertTrue(0 <= start && start < end && end <= text.length(), s.toString());
        assertTrue(text.startsWith(s.get("heading").asText(), start), "heading at its offset: " + s);
      }
      String path = o.get("source").get("path").asText();
      covered.add(path.replaceAll("(!/|#).*$", ""));
    }
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of("corpus"))) {
      walk.filter(Files::isRegularFile).map(p -> p.toString().replace('\\', '/')).sorted().forEach(files::add);
    }
    for (String f : files) {
      assertTrue(covered.contains(f), "no records for " + f);
    }
  }

  @Test
  void badInputsAreListedLoggedAndSetTheExitCode(@TempDir Path tmp) throws Exception {
    Path failures = tmp.resolve("logs/failures.jsonl");
    Run r = run("extract", "reportminer-core/src/test/resources/extract/seed.txt", "reportminer-core/src/test/resources/bad/empty.html",
        "reportminer-core/src/test/resources/bad/truncated.pdf", "no/such/file.html", "--failures", failures.toString());
    assertEquals(Main.SOME_FAILED, r.exit());
    assertTrue(r.out().contains("== 2023年4.26世界知识产权日活动总结  [part 1/3]"), r.out());
    List<String> errLines = List.of(r.err().split("\n"));
    assertEquals(4, errLines.size(), r.err()); // three failures and the summary
    // enumeration failures come first, then the documents' failures in input order
    assertEquals("reportminer: no/such/file.html: read failed: no such file or directory", errLines.get(0));
    assertEquals("reportminer: reportminer-core/src/test/resources/bad/empty.html: extract failed: empty file", errLines.get(1));
    assertTrue(errLines.get(2).startsWith("reportminer: reportminer-core/src/test/resources/bad/truncated.pdf: extract failed: unreadable application/pdf"));
    assertTrue(errLines.get(3).startsWith("reportminer: 3 inputs failed"), errLines.get(3));
    List<String> log = Files.readAllLines(failures);
    assertEquals(3, log.size());
    for (String line : log) {
      JsonNode f = RecordJson.mapper().readTree(line);
      assertEquals(Set.of("path", "sha256", "stage", "reason"), fields(f));
    }
    JsonNode missing = RecordJson.mapper().readTree(log.get(0));
    assertEquals("no/such/file.html", missing.get("path").asText());
    assertTrue(missing.get("sha256").isNull());
    assertEquals("read", missing.get("stage").asText());
    JsonNode empty = RecordJson.mapper().readTree(log.get(1));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", empty.get("sha256").asText());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(Main.USAGE, run("extract").exit());
    assertEquals(Main.USAGE, run("extract", "corpus", "--max-bytes", "lots").exit());
  }
}
