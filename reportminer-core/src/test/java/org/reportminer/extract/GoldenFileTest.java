package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reportminer.model.Failure;
import org.reportminer.model.Report;
import org.reportminer.model.Section;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.InputSources;

/**
 * Golden files for whole documents: every file under reportminer-core/src/test/resources/extract/ is extracted (as
 * one run, so site templates apply) and printed one item per line; the output must equal
 * reportminer-core/src/test/resources/golden/extract/&lt;file&gt;.txt. A missing golden file is written and the test
 * fails so that it gets reviewed and added; with -Dgolden.update=true every golden file is
 * rewritten (review the diff before committing it).
 */
class GoldenFileTest {
  private static final Path INPUT = Path.of("reportminer-core/src/test/resources/extract");
  private static final Path GOLDEN = Path.of("reportminer-core/src/test/resources/golden/extract");

  @TestFactory
  Stream<DynamicTest> documentsMatchTheirGoldenFiles() throws Exception {
    Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS);
    InputSources.Inputs inputs = new InputSources(extractor.config().maxBytes()).expand(List.of(INPUT.toString()), null);
    Map<String, StringBuilder> out = new LinkedHashMap<>();
    inputs.documents().forEach(d -> out.put(d.path(), new StringBuilder()));
    List<Report> reports = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    new ExtractionRun(extractor, new ExtractionRun.Settings(Duration.ofSeconds(60), 2, true))
        .run(inputs, reports::add, failures::add);
    for (Report r : reports) {
      render(out.get(r.source().path()), r);
    }
    for (Failure f : failures) {
      out.get(f.path()).append("failure: ").append(f.stage().label()).append(": ").append(f.reason()).append('\n');
    }
    boolean update = Boolean.getBoolean("golden.update");
    return out.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue().toString(), update)));
  }

  static void render(StringBuilder b, Report r) {
    var s = r.source();
    b.append("== report ").append(s.part()).append('/').append(s.parts()).append('\n');
    b.append("id: ").append(r.id()).append('\n');
    b.append("title: ").append(r.title()).append('\n');
    b.append("published: ").append(r.published()).append('\n');
    b.append("category: ").append(String.join(" > ", r.category())).append('\n');
    b.append("url: ").append(s.url()).append('\n');
    b.append("mediaType: ").append(s.mediaType()).append('\n');
    b.append("charset: ").append(s.charset()).append('\n');
    b.append("sha256: ").append(s.sha256()).append('\n');
    for (Section sec : r.sections()) {
      b.append("section: L").append(sec.level()).append(" [").append(sec.start()).append(',').append(sec.end())
          .append(") ").append(sec.heading()).append('\n');
    }
    for (String p : r.text().split("\n")) {
      b.append("| ").append(p).append('\n');
    }
  }

  private static void check(String input, String actual, boolean update) throws IOException {
    Path rel = INPUT.relativize(Path.of(input));
    Path golden = GOLDEN.resolve(rel + ".txt");
    if (update || !Files.exists(golden)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      if (!update) {
        fail("wrote missing golden file " + golden + ": review it and don't forget to git add it");
      }
      return;
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "output of " + input + " differs from " + golden + " (rerun with -Dgolden.update=true to accept)");
  }
}
