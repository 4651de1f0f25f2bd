package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportminer.engine.Backend;
import org.reportminer.engine.CopyCheck;
import org.reportminer.engine.NoIndexException;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.RawDocument;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;
import org.reportminer.pipeline.InputSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer copycheck FILE|ID}: the 查重 report of a file (extracted first, each of its
 * reports checked) or of a report already in the index, against the index.
 */
@Command(
    name = "copycheck",
    mixinStandardHelpOptions = true,
    description = "Which passages of a report are found in other reports of the index, per section and per source.")
public final class CopyCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Parameters(index = "0", paramLabel = "FILE|ID", description = "A document to check, or the id of an indexed report.")
  String target;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--part", paramLabel = "N", description = "For a file with several reports: check only report N (1-based).")
  Integer part;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("text", "json", "html").contains(format)) {
      err.println("reportminer copycheck: --format must be text, json or html");
      return Main.USAGE;
    }
    try (Backend archive = solr.open(index)) {
      if (!archive.canCheckCopies() && solr.on()) {
        err.println("reportminer copycheck: the collection's reports carry no winnowing hashes"
            + " (load them with scripts/solr-local load; docs/SCALE.md)");
        return Main.USAGE;
      }
      List<CopyCheck> checks;
      if (Files.exists(Path.of(target))) {
        checks = archive.copyCheck(extract(target, err), format.equals("html"));
      } else {
        Optional<CopyCheck> one = archive.copyCheck(target, format.equals("html"));
        if (one.isEmpty()) {
          err.println("reportminer copycheck: no file and no indexed report with id " + target);
          return Main.USAGE;
        }
        checks = List.of(one.get());
      }
      if (part != null) {
        if (part < 1 || part > checks.size()) {
          err.println("reportminer copycheck: --part must be between 1 and " + checks.size());
          return Main.USAGE;
        }
        checks = List.of(checks.get(part - 1));
      }
      if (checks.isEmpty()) {
        err.println("reportminer copycheck: no report found in " + target);
        return Main.SOME_FAILED;
      }
      if (format.equals("html") && checks.size() > 1) {
        err.println("reportminer copycheck: " + target + " holds " + checks.size() + " reports; choose one with --part for html");
        return Main.USAGE;
      }
      for (CopyCheck c : checks) {
        switch (format) {
          case "json" -> out.println(RecordJson.line(c.json()));
          case "html" -> out.print(c.html());
          default -> out.println(c.text());
        }
      }
    } catch (NoIndexException | IllegalArgumentException e) {
      err.println("reportminer copycheck: " + e.getMessage());
      return Main.USAGE;
    }
    out.flush();
    return Main.OK;
  }

  private static List<Report> extract(String file, PrintWriter err) throws ExtractionException {
    Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS);
    InputSources.Inputs in = new InputSources(ExtractorConfig.DEFAULTS.maxBytes()).expand(List.of(file), System.in);
    in.failures().forEach(f -> err.println("reportminer: " + f.message()));
    List<Report> out = new ArrayList<>();
    for (RawDocument doc : in.documents()) {
      out.addAll(extractor.extract(doc));
    }
    return out;
  }
}
