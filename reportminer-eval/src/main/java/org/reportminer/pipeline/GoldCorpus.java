package org.reportminer.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reportminer.extract.Extractor;
import org.reportminer.model.Failure;
import org.reportminer.model.RawDocument;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;

/**
 * The gold corpus for evaluation: every {@code <gold>/<path>.json} names the corpus file {@code
 * <corpus>/<path>}. {@link #load} reads the gold reports, runs extraction over the whole corpus
 * directory (as {@code extract corpus/} would, so site templates are learned from all its pages)
 * and groups our reports and the file's documents by gold file. Each stage's evaluator takes the
 * entries from here. Not thread-safe.
 */
public final class GoldCorpus {
  private GoldCorpus() {}

  /**
   * One gold file with what extraction made of its corpus file.
   *
   * @param file the path relative to the corpus ({@code html/a.html})
   * @param gold the gold reports in page order (offsets may be 0 where the gold omits them)
   * @param ours our reports for the file, in order
   * @param documents the file's documents (one, or one per zip member / WARC record)
   * @param mediaType the detected type of the file's first extracted document, or null
   * @param failures extraction failures of the file's documents
   */
  public record Entry(
      String file, List<Report> gold, List<Report> ours, List<RawDocument> documents, String mediaType,
      List<Failure> failures) {}

  /** Loads the gold under {@code goldDir} and extracts {@code corpusDir}. */
  public static List<Entry> load(Path goldDir, Path corpusDir, Extractor extractor, ExtractionRun.Settings settings)
      throws IOException, InterruptedException {
    if (!Files.isDirectory(goldDir)) {
      throw new IOException("no gold directory: " + goldDir);
    }
    if (!Files.isDirectory(corpusDir)) {
      throw new IOException("no corpus directory: " + corpusDir);
    }
    Map<String, List<Report>> gold = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(goldDir)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String rel = goldDir.relativize(p).toString().replace('\\', '/');
        rel = rel.substring(0, rel.length() - ".json".length());
        JsonNode array = RecordJson.mapper().readTree(p.toFile());
        List<Report> reports = new ArrayList<>();
        for (JsonNode n : array) {
          reports.add(RecordJson.report(n));
        }
        gold.put(rel, reports);
      }
    }
    InputSources sources = new InputSources(extractor.config().maxBytes());
    // documents are keyed by canonical paths (SourceKeys): the corpus folder's key is their prefix
    String prefix = Files.isDirectory(corpusDir) ? sources.keys().of(corpusDir)
        : corpusDir.toString().replace('\\', '/').replaceAll("/+$", "");
    InputSources.Inputs inputs = sources.expand(List.of(corpusDir.toString()), null);
    List<Report> reports = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    new ExtractionRun(extractor, settings).run(inputs, reports::add, failures::add);
    Map<String, String> types = new LinkedHashMap<>();
    for (Report r : reports) {
      types.putIfAbsent(r.source().path(), r.source().mediaType());
    }
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<String, List<Report>> g : gold.entrySet()) {
      String path = prefix.isEmpty() ? g.getKey() : prefix + "/" + g.getKey();
      List<Report> ours = reports.stream().filter(r -> belongs(r.source().path(), path)).toList();
      List<RawDocument> docs = inputs.documents().stream().filter(d -> belongs(d.path(), path)).toList();
      List<Failure> fails = failures.stream().filter(f -> !f.warning() && belongs(f.path(), path)).toList();
      String type = ours.isEmpty() ? null : ours.get(0).source().mediaType();
      if (docs.stream().anyMatch(d -> d.path().startsWith(path + "!/"))) {
        type = "application/zip";
      } else if (docs.stream().anyMatch(d -> d.path().startsWith(path + "#"))) {
        type = "application/warc";
      }
      if (docs.isEmpty()) {
        fails = List.of(new Failure(path, null, Failure.Stage.READ, "corpus file missing for gold file " + g.getKey() + ".json"));
      }
      out.add(new Entry(g.getKey(), g.getValue(), ours, docs, type, fails));
    }
    return out;
  }

  private static boolean belongs(String docPath, String file) {
    return docPath.equals(file) || docPath.startsWith(file + "!/") || docPath.startsWith(file + "#");
  }
}
