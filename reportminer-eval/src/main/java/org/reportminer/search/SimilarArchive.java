package org.reportminer.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.extract.Extractor;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Failure;
import org.reportminer.model.Report;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.InputSources;

/**
 * The archive the similar-reports judgments were made on: the shipped corpus folder and the real
 * pages (their {@code .html} files), extracted in one run as {@code extract} does on a folder
 * holding copies of both, and analyzed. Each report gets the key the judgments use: its file
 * under the archive folder ({@code corpus/html/a.html}, {@code pages/a01-gov-bynr.html}, with the
 * zip member or WARC record as extraction names it) and {@code #part}. A report whose id repeats
 * an earlier one (two saved copies of one URL) is left out, as the judged copy had it once. Not
 * thread-safe.
 */
public final class SimilarArchive {
  private SimilarArchive() {}

  /** Reads and analyzes the archive; extraction failures go to {@code failures}. */
  public static List<SearchEvaluation.Doc> load(Path corpus, Path pages, Extractor extractor,
      ExtractionRun.Settings settings, ReportAnalyzer analyzer, List<Failure> failures)
      throws IOException, InterruptedException {
    InputSources sources = new InputSources(extractor.config().maxBytes());
    String corpusPrefix = sources.keys().of(corpus) + "/";
    String pagesPrefix = sources.keys().of(pages) + "/";
    List<String> args = new ArrayList<>();
    args.add(corpus.toString());
    try (Stream<Path> files = Files.list(pages)) {
      files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted()
          .forEach(p -> args.add(p.toString()));
    }
    List<Report> reports = new ArrayList<>();
    new ExtractionRun(extractor, settings).run(sources.expand(args, null), reports::add, failures::add);
    List<SearchEvaluation.Doc> docs = new ArrayList<>();
    for (Report r : reports) {
      String path = r.source().path().replace('\\', '/');
      String file;
      if (path.startsWith(corpusPrefix)) {
        file = "corpus/" + path.substring(corpusPrefix.length());
      } else if (path.startsWith(pagesPrefix)) {
        file = "pages/" + path.substring(pagesPrefix.length());
      } else {
        throw new IllegalStateException("report from outside the archive: " + path);
      }
      docs.add(new SearchEvaluation.Doc(file + "#" + r.source().part(), null));
    }
    List<AnalyzedReport> analyzed = reports.parallelStream().map(analyzer::analyze).toList();
    List<SearchEvaluation.Doc> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      out.add(new SearchEvaluation.Doc(docs.get(i).key(), analyzed.get(i)));
    }
    out.sort(Comparator.comparing(SearchEvaluation.Doc::key));
    out.removeIf(d -> !ids.add(d.report().report().id()));
    return out;
  }
}
