package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.analyze.AnalysisEvaluation;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.DomainLexicon;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.bench.DocSections;
import org.reportminer.extract.ExtractionEvaluation;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.GoldCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer eval --gold DIR}: scores each stage against the hand-made gold, with the
 * raw-library baselines beside ours, one table per stage. With {@code --write-docs} the tables
 * also replace their sections of docs/QUALITY.md. Each stage's evaluator lives in its own package;
 * this command only calls them.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Precision/recall/F1 per field against the gold, with raw-library baselines.")
public final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold directory (src/test/resources/gold).")
  Path gold;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus directory the gold describes (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--write-docs", description = "Also write the tables into docs/QUALITY.md.")
  boolean writeDocs;

  @Option(names = "--docs", paramLabel = "FILE", defaultValue = "docs/QUALITY.md", description = "Quality document for --write-docs (default: ${DEFAULT-VALUE}).")
  Path docs;

  @Option(names = "--verbose", description = "List every gold report we got wrong.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS);
    ExtractionRun.Settings settings =
        new ExtractionRun.Settings(Duration.ofSeconds(30), Runtime.getRuntime().availableProcessors(), true);
    List<GoldCorpus.Entry> entries = GoldCorpus.load(gold, corpus, extractor, settings);
    entries.stream().flatMap(e -> e.failures().stream()).forEach(f -> err.println("reportminer: " + f.message()));

    ExtractionEvaluation.Result extraction =
        new ExtractionEvaluation()
            .evaluate(
                entries.stream()
                    .map(e -> new ExtractionEvaluation.Case(e.file(), e.gold(), e.ours(), e.documents(), e.mediaType()))
                    .toList());
    String command = "./reportminer eval --gold " + gold + (corpus.toString().equals("corpus") ? "" : " --corpus " + corpus);
    String table = ExtractionEvaluation.markdown(extraction);
    out.println("## Extraction");
    out.println();
    out.println(table);
    if (verbose) {
      extraction.problems().forEach(p -> out.println("  - " + p));
    }
    out.flush();
    if (writeDocs) {
      DocSections.replace(
          docs, "eval:extract", "Quality",
          "## Extraction\n\nMeasured with `" + command + "` on " + java.time.LocalDate.now() + ".\n\n" + table);
      err.println("reportminer: wrote the extraction section of " + docs);
    }

    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    ReportAnalyzer onHanlp = ReportAnalyzer.create(
        new AnalysisOptions(java.util.Optional.empty(), AnalysisOptions.Recognizer.HANLP));
    AnalysisEvaluation.Result analysis =
        new AnalysisEvaluation(analyzer::analyze, onHanlp::analyze, DomainLexicon.shipped())
            .evaluate(AnalysisEvaluation.loadGold(gold));
    String analysisTable = AnalysisEvaluation.markdown(analysis);
    out.println("## Analysis");
    out.println();
    out.println(analysisTable);
    if (verbose) {
      analysis.problems().forEach(p -> out.println("  - " + p));
    }
    out.flush();
    if (writeDocs) {
      DocSections.replace(
          docs, "eval:analyze", "Quality",
          "## Analysis\n\nMeasured with `" + command + "` on " + java.time.LocalDate.now() + ".\n\n" + analysisTable);
      err.println("reportminer: wrote the analysis section of " + docs);
    }
    return Main.OK;
  }
}
