package org.reportminer.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.Section;
import org.reportminer.model.SourceInfo;

/** The hand-made gold reports of the corpus as {@link Report}s, for dedup tests. */
final class GoldReports {
  private GoldReports() {}

  /** Every gold report, in file order; ids are stable per file and part. */
  static List<Report> all() {
    List<Report> out = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.walk(Path.of("reportminer-eval/src/test/resources/gold"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode reports = mapper.readTree(f.toFile());
        for (int i = 0; i < reports.size(); i++) {
          out.add(report(f.getFileName().toString(), i + 1, reports.size(), reports.get(i)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The gold reports of one corpus file (path relative to the gold directory). */
  static List<Report> of(String goldFile) {
    String name = Path.of(goldFile).getFileName().toString();
    return all().stream().filter(r -> r.source().path().equals(name)).toList();
  }

  private static Report report(String file, int part, int parts, JsonNode r) {
    String text = r.path("text").asText();
    List<String> headings = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    r.path("sections").forEach(s -> {
      headings.add(s.path("heading").asText());
      levels.add(s.path("level").asInt());
    });
    int[] starts = new int[headings.size()];
    int from = 0;
    for (int i = 0; i < headings.size(); i++) {
      int at = text.indexOf(headings.get(i), from);
      starts[i] = at < 0 ? from : at;
      from = starts[i] + 1;
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      int end = text.length();
      for (int j = i + 1; j < headings.size(); j++) {
        if (levels.get(j) <= levels.get(i)) {
          end = starts[j];
          break;
        }
      }
      sections.add(new Section(headings.get(i), levels.get(i), starts[i], end));
    }
    String published = r.path("published").isNull() ? null : r.path("published").asText(null);
    List<String> category = new ArrayList<>();
    r.path("category").forEach(c -> category.add(c.asText()));
    SourceInfo source = new SourceInfo(file, null, "", "text/plain", "UTF-8", part, parts);
    return new Report(
        ReportId.of(file, part), source, r.path("title").asText(), published, category, text, sections);
  }
}
