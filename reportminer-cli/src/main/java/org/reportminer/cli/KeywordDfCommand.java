package org.reportminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.DocumentFrequencies;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.Failure;
import org.reportminer.model.Report;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.InputSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer keyword-df DIR... --out FILE}: counts, over every report extracted from the
 * inputs, how many reports contain each keyword candidate term, and writes the document-frequency
 * table keywords use for TF-IDF. The shipped table is rebuilt with
 * {@code ./reportminer keyword-df corpus --out reportminer-core/src/main/resources/org/reportminer/analyze/keyword-df.tsv}.
 */
@Command(
    name = "keyword-df",
    mixinStandardHelpOptions = true,
    description = "Count keyword document frequencies over a set of reports (for TF-IDF keywords).")
public final class KeywordDfCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories, .zip, .warc(.gz).")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the table.")
  Path outFile;

  @Option(names = "--min-df", paramLabel = "N", defaultValue = "1", description = "Leave out terms in fewer reports (default: ${DEFAULT-VALUE}).")
  int minDf;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    InputSources.Inputs in = new InputSources(ExtractorConfig.DEFAULTS.maxBytes()).expand(inputs, System.in);
    List<Report> reports = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    new ExtractionRun(new Extractor(ExtractorConfig.DEFAULTS),
            new ExtractionRun.Settings(Duration.ofSeconds(30), Runtime.getRuntime().availableProcessors(), true))
        .run(in, reports::add, failures::add);
    failures.forEach(f -> err.println("reportminer: " + f.message()));
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    List<List<String>> terms = reports.parallelStream().map(analyzer::keywordTerms).toList();
    DocumentFrequencies table = DocumentFrequencies.count(terms);
    Path parent = outFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      table.write(w, minDf);
    }
    err.println("reportminer: document frequencies of " + reports.size() + " reports written to " + outFile);
    return failures.stream().allMatch(Failure::warning) ? Main.OK : Main.SOME_FAILED;
  }
}
