package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reportminer.bench.SyntheticArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportminer generate --out DIR --docs N [--seed S]}: writes a synthetic archive
 * ({@link SyntheticArchive}) for tests and benchmarks: corpus site pages around generated report
 * texts, in mixed encodings, with DOCX, PDF and text files. The same seed gives the same files.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write a synthetic archive of report documents (HTML in mixed encodings, DOCX, PDF, text).")
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write into.")
  Path dir;

  @Option(names = "--docs", paramLabel = "N", required = true, description = "Number of documents.")
  int docs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
      description = "The corpus whose site pages are the templates (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (docs < 0) {
      err.println("reportminer generate: --docs must not be negative");
      return Main.USAGE;
    }
    SyntheticArchive archive = new SyntheticArchive(corpus, seed);
    SyntheticArchive.Summary s = archive.write(dir, docs, i -> {
      if ((i + 1) % 10_000 == 0) {
        err.printf(Locale.ROOT, "generate: %d/%d documents%n", i + 1, docs);
        err.flush();
      }
    });
    out.printf(Locale.ROOT, "generate: %d documents, %d reports, %.1f MB in %s%n", s.documents(), s.reports(),
        s.bytes() / 1e6, dir);
    out.flush();
    return Main.OK;
  }
}
