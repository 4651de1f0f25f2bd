package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.analyze.AnalysisEvaluation;
import org.reportminer.analyze.AnalysisNerEvaluation;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.analyze.RuleAblation;
import org.reportminer.analyze.RuleFamily;
import org.reportminer.analyze.ner.DevSplit;
import org.reportminer.analyze.ner.NerDevEvaluation;
import org.reportminer.bench.DocSections;
import org.reportminer.dedup.DedupEvaluation;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.eval.Peers;
import org.reportminer.eval.RealPageEvaluation;
import org.reportminer.eval.RealPageGold;
import org.reportminer.extract.ExtractionEvaluation;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.GoldCorpus;
import org.reportminer.search.SearchEvaluation;
import org.reportminer.search.SimilarArchive;
import org.reportminer.search.SimilarEvaluation;
import org.reportminer.search.SimilarJudgments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer eval --gold DIR}: scores each stage against the hand-made gold, with the
 * raw-library baselines beside ours, one table per stage, and (when the public corpora are at
 * {@code --corpora}) the NER model against raw HanLP on the corpora's dev splits. With {@code --write-docs} the tables
 * also replace their sections of docs/QUALITY.md. Each stage's evaluator lives in its own package;
 * this command only calls them.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Precision/recall/F1 per field against the gold, with raw-library baselines.")
public final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "DIR", defaultValue = "reportminer-eval/src/test/resources/gold",
      description = "Gold directory of the corpus (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--real-pages", paramLabel = "DIR", defaultValue = "reportminer-eval/src/test/resources/realpages",
      description = "Real pages with the blind annotators' gold: ours and the peer extractors side by side"
          + " (default: ${DEFAULT-VALUE}).")
  Path realPages;

  @Option(names = "--only", paramLabel = "SECTION", split = ",",
      description = "Run only these sections: real-pages, similar, extract, analyze, ner, search, dedup (default: all).")
  java.util.Set<String> only;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus directory the gold describes (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--write-docs", description = "Also write the tables into docs/QUALITY.md.")
  boolean writeDocs;

  @Option(names = "--docs", paramLabel = "FILE", defaultValue = "docs/QUALITY.md", description = "Quality document for --write-docs (default: ${DEFAULT-VALUE}).")
  Path docs;

  @Option(names = "--relevance", paramLabel = "FILE", defaultValue = "reportminer-eval/src/test/resources/relevance/queries.json",
      description = "Hand-judged search queries (default: ${DEFAULT-VALUE}).")
  Path relevance;

  @Option(names = "--similar", paramLabel = "DIR", defaultValue = "reportminer-eval/src/test/resources/similar",
      description = "Hand judgments of same-topic reports over --corpus and the --real-pages pages"
          + " (default: ${DEFAULT-VALUE}).")
  Path similar;

  @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "../shared/corpora",
      description = "Public NER corpora (MSRA, Resume, CLUENER, Boson train files): the shipped model and raw HanLP are"
          + " scored on the dev split training held out of each; skipped when absent (default: ${DEFAULT-VALUE}).")
  Path corpora;

  @Option(names = "--real-reports", paramLabel = "DIR", defaultValue = "reportminer-eval/src/test/resources/realreports",
      description = "Real reports annotated blind, in dev/ and test/ halves (default: ${DEFAULT-VALUE});"
          + " skipped when absent.")
  Path realReports;

  @Option(names = "--no-ablation", description = "Skip the rule ablation (it analyzes every independent set ~12 times).")
  boolean noAblation;

  @Option(names = "--ablation", description = "With the real pages: switch each cleaning rule off in turn and"
      + " print its effect (with --write-docs, into the ablation section of --extraction-docs).")
  boolean ablation;

  @Option(names = "--extraction-docs", paramLabel = "FILE", defaultValue = "docs/EXTRACTION.md",
      description = "Extraction document for --ablation --write-docs (default: ${DEFAULT-VALUE}).")
  Path extractionDocs;

  @Option(names = "--verbose", description = "List every gold report we got wrong.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (only != null) {
      for (String o : only) {
        if (!SECTIONS.contains(o)) {
          throw new picocli.CommandLine.ParameterException(spec.commandLine(),
              "unknown section '" + o + "' (sections: " + String.join(", ", SECTIONS) + ")");
        }
      }
    }
    Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS);
    if (wanted("real-pages")) {
      realPages(extractor, out, err);
    }
    if (wanted("similar")) {
      similar(extractor, out, err);
    }
    if (!wanted("extract") && !wanted("analyze") && !wanted("ner") && !wanted("search") && !wanted("dedup")) {
      return Main.OK;
    }
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
    if (wanted("extract")) {
      publish(out, err, "eval:extract", "Extraction", measuredWith(command) + ".\n\n",
          ExtractionEvaluation.markdown(extraction));
      if (verbose) {
        extraction.problems().forEach(p -> out.println("  - " + p));
      }
    }
    if (!wanted("analyze") && !wanted("ner") && !wanted("search") && !wanted("dedup")) {
      return Main.OK;
    }

    if (wanted("analyze")) {
      analyze(command, out, err);
    }
    if (wanted("ner")) {
      nerDevSplits(command, out, err);
    }
    if (wanted("search")) {
      search(entries, command, out, err);
    }
    if (wanted("dedup")) {
      dedup(out, err);
    }
    return Main.OK;
  }

  private static final List<String> SECTIONS = List.of("real-pages", "similar", "extract", "analyze", "ner", "search", "dedup");

  private boolean wanted(String section) {
    return only == null || only.isEmpty() || only.contains(section);
  }

  /**
   * The real-page section: pages saved from real sites, gold by annotators who never saw the code,
   * ours and the peers through the same scorer. Skipped with one line when the directory is absent.
   */
  private void realPages(Extractor extractor, PrintWriter out, PrintWriter err) throws java.io.IOException {
    if (!java.nio.file.Files.isDirectory(realPages)) {
      out.println("real-page evaluation skipped: no directory " + realPages);
      out.flush();
      return;
    }
    List<RealPageGold> pages = RealPageGold.load(realPages);
    RealPageEvaluation.Result r = new RealPageEvaluation().evaluate(pages, Peers.all(extractor));
    String command = "./reportminer eval --only real-pages"
        + (realPages.toString().equals("reportminer-eval/src/test/resources/realpages") ? "" : " --real-pages " + realPages);
    String measured = "Measured with `" + command + "` on " + java.time.LocalDate.now() + ".\n\n"
        + "**Real data.** Pages saved byte for byte from public repositories of Chinese news, government,"
        + " school, company and blog pages (provenance of each in " + realPages + "/SOURCES.md), with gold"
        + " written by three annotators who never saw our code. This is our development set: the rules were"
        + " improved while looking at its errors, so its figures are not a held-out score.\n\n";
    publish(out, err, "eval:realpages", "Extraction on real pages", measured,
        RealPageEvaluation.markdown(r) + "\n" + Peers.NOTE);
    if (verbose) {
      RealPageEvaluation.problems(r.rows().get(0)).forEach(p -> out.println("  - " + p));
    }
    if (ablation) {
      List<org.reportminer.eval.Ablation.Row> rows = new java.util.ArrayList<>();
      rows.add(new org.reportminer.eval.Ablation.Row(null, r.rows().get(0)));
      for (org.reportminer.extract.CleaningRule rule : org.reportminer.extract.CleaningRule.values()) {
        Extractor without = new Extractor(ExtractorConfig.DEFAULTS.without(rule));
        RealPageEvaluation.Result ri = new RealPageEvaluation().evaluate(pages, List.of(Peers.ours(without)));
        rows.add(new org.reportminer.eval.Ablation.Row(rule, ri.rows().get(0)));
      }
      String table = org.reportminer.eval.Ablation.markdown(rows);
      out.println("## Ablation of the cleaning rules on the real pages");
      out.println();
      out.println(table);
      out.flush();
      if (writeDocs) {
        DocSections.replace(extractionDocs, "eval:ablation", "Extraction",
            "## Ablation of the cleaning rules\n\nMeasured with `./reportminer eval --only real-pages --ablation` on "
                + java.time.LocalDate.now() + " (" + pages.size() + " real pages, docs/QUALITY.md). Each row switches"
                + " one rule off (`ExtractorConfig.without`) and scores the same pages again; Δ is the change against"
                + " all rules on (recall and title: higher is better; leak: lower is better); a page counts as changed"
                + " when its probes found, probes leaked, title or date score changed. The `TITLE_…` rows are the title"
                + " rules, `PROSE_CONTAINER` the choice of the content root.\n\n" + table);
        err.println("reportminer: wrote the eval:ablation section of " + extractionDocs);
      }
    }
  }

  private void analyze(String command, PrintWriter out, PrintWriter err) throws java.io.IOException {
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    ReportAnalyzer everyRule = ReportAnalyzer.create(AnalysisOptions.defaults().withRules(RuleFamily.all()));
    AnalysisEvaluation evaluation = new AnalysisEvaluation(analyzer::analyze, everyRule::analyze, DomainLexicon.shipped());
    AnalysisEvaluation.Result analysis = evaluation.evaluate(AnalysisEvaluation.loadGold(gold));
    publish(out, err, "eval:analyze", "Analysis: development set (self-written gold)", measuredWith(command) + ".\n\n",
        AnalysisEvaluation.markdown(analysis));
    if (verbose) {
      analysis.problems().forEach(p -> out.println("  - " + p));
    }
    List<AnalyzedReport> realDev = realReports(command, evaluation, out, err);
    analysisOnCorpora(command, realDev, out, err);
  }

  /**
   * The real reports annotated blind: both halves scored, the test half only scored (its errors
   * are never listed, not even with --verbose). Returns the development half for the ablation.
   */
  private List<AnalyzedReport> realReports(String command, AnalysisEvaluation evaluation, PrintWriter out,
      PrintWriter err) throws java.io.IOException {
    Path dev = realReports.resolve("dev");
    Path test = realReports.resolve("test");
    if (!java.nio.file.Files.isDirectory(dev) || !java.nio.file.Files.isDirectory(test)) {
      out.println("Real-report scores skipped: no " + dev + " and " + test);
      return List.of();
    }
    List<AnalyzedReport> devGold = AnalysisEvaluation.loadGold(dev);
    AnalysisEvaluation.Result d = evaluation.evaluate(devGold);
    AnalysisEvaluation.Result t = evaluation.evaluate(AnalysisEvaluation.loadGold(test));
    String what = "real reports written by real organizations and people, from public repositories, annotated blind"
        + " by annotators who never saw the analyzer's code or output (" + realReports + ", provenance in its"
        + " SOURCES.md, rules in docs/ANNOTATION.md)";
    String body = AnalysisEvaluation.describe(t, what)
        + "Test half (" + t.reports() + " reports; only scored: its errors are not read while writing rules):\n\n"
        + AnalysisEvaluation.table(t)
        + "\nDevelopment half (" + d.reports() + " reports; its errors may be read):\n\n"
        + AnalysisEvaluation.table(d);
    publish(out, err, "eval:analyze-real", "Analysis: real reports annotated blind (headline)",
        measuredWith(command) + ".\n\n", body);
    if (verbose) {
      d.problems().forEach(p -> out.println("  - dev " + p));
    }
    return devGold;
  }

  /**
   * The whole analysis on the public corpora's development splits, per sentence and per
   * document, beside the model alone and raw HanLP; then the rule ablation.
   */
  private void analysisOnCorpora(String command, List<AnalyzedReport> realDev, PrintWriter out, PrintWriter err)
      throws java.io.IOException {
    java.util.Map<org.reportminer.analyze.ner.NerCorpus, List<org.reportminer.analyze.ner.TaggedSentence>> splits =
        AnalysisNerEvaluation.devSplits(corpora);
    if (splits.isEmpty()) {
      out.println("Analysis scores on the public corpora skipped: no corpora in " + corpora);
      return;
    }
    long start = System.nanoTime();
    AnalysisNerEvaluation ner = AnalysisNerEvaluation.standard();
    String table = ner.markdown(ner.evaluate(splits));
    String measured = String.format(java.util.Locale.ROOT, "Measured with `%s --corpora %s` on %s (%.0f s).\n\n"
        + "The development splits `train-ner` holds out of each public corpus (1 in %d sentences, never trained on):"
        + " text nobody here wrote or tuned to. *analysis (rules on)* is `analyze` as shipped (the model with the"
        + " default rule families); *model alone* is the shipped NER model as `train-ner` scores it; raw HanLP is its"
        + " segmentation with its recognizers on.\n\n",
        command, corpora, java.time.LocalDate.now(), (System.nanoTime() - start) / 1e9, DevSplit.DEFAULT_EVERY);
    publish(out, err, "eval:analysis-ner", "Analysis on the public corpora's development splits (headline)", measured, table);
    if (noAblation) {
      return;
    }
    String ablation = new RuleAblation(splits, realDev).markdown();
    publish(out, err, "eval:rule-ablation", "Rule ablation",
        "Measured with `" + command + " --corpora " + corpora + "` on " + java.time.LocalDate.now() + ".\n\n"
            + "Each rule family (`analyze.RuleFamily`) switched in turn against the default analysis: the change in"
            + " F1 it brings on each independent set (doc: per document, distinct names; sent all: per sentence,"
            + " all types; real dev: the real reports' development half). A family is on by default only when it"
            + " lowers no F1 on any public split and adds on the real reports. Additions are limited to names a"
            + " dictionary knows with that type (HanLP's core dictionary, the shipped domain lexicon).\n\n",
        ablation);
  }

  /** The dedup section: generated ground truth with known copies (no hand-made gold needed). */
  private void dedup(PrintWriter out, PrintWriter err) throws java.io.IOException {
    String command = "./reportminer eval --gold " + gold + " (dedup: CopyCaseGenerator seed "
        + DEDUP_SEED + ", " + DEDUP_SIZES + ")";
    DedupEvaluation.Result r = new DedupEvaluation(DedupSettings.defaults())
        .run(DEDUP_SEED, DEDUP_ORIGINALS, DEDUP_NEAR, DEDUP_PARTIAL, DEDUP_UNRELATED);
    publish(out, err, "eval:dedup", "Duplicates and copied passages",
        "Measured on " + java.time.LocalDate.now() + ". ", DedupEvaluation.markdown(r, command));
  }

  /**
   * The NER section on the public corpora's development splits: the shipped model against raw
   * HanLP on exactly the sentences training held out. Without the corpora (they are not in the
   * repository) it prints one line saying so, and leaves the document's section as it was.
   */
  private void nerDevSplits(String command, PrintWriter out, PrintWriter err) throws java.io.IOException {
    long start = System.nanoTime();
    NerDevEvaluation.Result r =
        NerDevEvaluation.shippedAgainstHanlp().evaluate(corpora, DevSplit.DEFAULT_EVERY);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (r.corpora().isEmpty()) {
      out.println("NER dev-split scores skipped: " + String.join("; ", r.skipped())
          + " (the public corpora are not in the repository; give their directory with --corpora DIR)");
      out.flush();
      return;
    }
    String measured = String.format(java.util.Locale.ROOT, "Measured with `%s --corpora %s` on %s.\n\n",
        command, corpora, java.time.LocalDate.now());
    String table = NerDevEvaluation.markdown(r) + String.format(java.util.Locale.ROOT,
        "%nReading the corpora, carving the splits and tagging every dev sentence with both took %.1f s"
            + " wall clock (%d cores).%n", seconds, Runtime.getRuntime().availableProcessors());
    publish(out, err, "eval:ner-dev", "NER on the corpora's development splits", measured, table);
  }

  /**
   * Prints a section (heading and table) and, with --write-docs, writes it into its marked section
   * of the quality document with {@code measured} (how and when it was measured) before the table.
   */
  private void publish(PrintWriter out, PrintWriter err, String marker, String heading, String measured,
      String table) throws java.io.IOException {
    out.println("## " + heading);
    out.println();
    out.println(table);
    out.flush();
    if (writeDocs) {
      DocSections.replace(docs, marker, "Quality", "## " + heading + "\n\n" + measured + table);
      err.println("reportminer: wrote the " + marker + " section of " + docs);
    }
  }

  private static String measuredWith(String command) {
    return "Measured with `" + command + "` on " + java.time.LocalDate.now();
  }

  private static final long DEDUP_SEED = 2026;
  private static final int DEDUP_ORIGINALS = 1000;
  private static final int DEDUP_NEAR = 250;
  private static final int DEDUP_PARTIAL = 250;
  private static final int DEDUP_UNRELATED = 200;
  private static final String DEDUP_SIZES =
      DEDUP_ORIGINALS + " originals, " + DEDUP_NEAR + " near-duplicates, " + DEDUP_PARTIAL
          + " partial copies, " + DEDUP_UNRELATED + " unrelated";

  /**
   * The similar-reports section: judged same-topic reports over the corpus and the real pages,
   * ours beside Lucene's MoreLikeThis, with the ablation; --verbose lists the development half's
   * errors (never the test half's).
   */
  private void similar(Extractor extractor, PrintWriter out, PrintWriter err) throws Exception {
    SimilarJudgments judgments = SimilarJudgments.load(similar);
    ExtractionRun.Settings settings =
        new ExtractionRun.Settings(Duration.ofSeconds(30), Runtime.getRuntime().availableProcessors(), true);
    List<org.reportminer.model.Failure> failures = new java.util.ArrayList<>();
    long start = System.nanoTime();
    List<SearchEvaluation.Doc> docs = SimilarArchive.load(corpus, realPages, extractor, settings,
        ReportAnalyzer.create(AnalysisOptions.defaults()), failures);
    failures.forEach(f -> err.println("reportminer: " + f.message()));
    SimilarEvaluation.Result r = new SimilarEvaluation().evaluate(judgments, docs, ReportSchema.withHanlp(), true);
    String command = "./reportminer eval --only similar"
        + (corpus.toString().equals("corpus") ? "" : " --corpus " + corpus)
        + (realPages.toString().equals("reportminer-eval/src/test/resources/realpages") ? "" : " --real-pages " + realPages)
        + (similar.toString().equals("reportminer-eval/src/test/resources/similar") ? "" : " --similar " + similar);
    String measured = String.format(java.util.Locale.ROOT, "Measured with `%s` on %s (%.0f s).\n\n"
        + "The archive is the shipped corpus (`%s/`) and the real pages (`%s/*.html`), extracted and analyzed"
        + " as `analyze` does; judgments in %s (who judged, how and when: its README.md). Seeds are split"
        + " once into a development half, whose errors may be read while changing the ranking, and a test"
        + " half that is only scored (headline).%n%n",
        command, java.time.LocalDate.now(), (System.nanoTime() - start) / 1e9, corpus, realPages, similar);
    publish(out, err, "eval:similar", "Similar reports", measured, SimilarEvaluation.markdown(r));
    if (verbose) {
      SimilarEvaluation.devErrors(r, judgments).forEach(p -> out.println("  - dev " + p));
    }
  }

  /** The search section: judged queries over the extracted corpus, ours against baselines. */
  private void search(List<GoldCorpus.Entry> entries, String command, PrintWriter out, PrintWriter err)
      throws java.io.IOException {
    List<SearchEvaluation.Doc> reports = new java.util.ArrayList<>();
    for (GoldCorpus.Entry e : entries) {
      for (Report r : e.ours()) {
        // analysis does not change what full-text search finds; entity lists are left empty
        reports.add(new SearchEvaluation.Doc(SearchEvaluation.key(e.file(), r), new AnalyzedReport(
            r, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
      }
    }
    SearchEvaluation.Result result = new SearchEvaluation()
        .evaluate(SearchEvaluation.load(relevance), reports, ReportSchema.withHanlp());
    publish(out, err, "eval:search", "Search", measuredWith(command) + ", judgments in " + relevance + ".\n\n",
        SearchEvaluation.markdown(result));
  }
}
