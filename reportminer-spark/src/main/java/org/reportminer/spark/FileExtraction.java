package org.reportminer.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.model.Failure;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.InputSources;
import org.reportminer.pipeline.Outcome;

/**
 * Extraction of one input file in an executor, as the command line extracts it: the core's
 * {@link InputSources} opens it (a document, a zip, a WARC file) and {@link ExtractionRun} extracts
 * each document under the CLI's 30 s time limit. A file on a non-local file system is copied to a
 * local temporary file first. Documents and failures get the file's shown path, so their report ids
 * are the CLI's. Not thread-safe; one per task.
 */
final class FileExtraction {
  /** The CLI's default time limit per document. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(30);

  /** One per task: building it loads Tika's configuration, which forks external parser checks. */
  private final InputSources sources;
  private final ExtractionRun run;

  FileExtraction(long maxBytes) {
    this.sources = new InputSources(maxBytes);
    this.run = new ExtractionRun(new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(maxBytes)),
        new ExtractionRun.Settings(TIME_LIMIT, 1, false));
  }

  /** The reports of {@code file} with {@code templates} removed; failures go to {@code failures}. */
  List<Report> reports(InputFile file, SiteTemplates templates, Consumer<Failure> failures) {
    List<Report> out = new ArrayList<>();
    withInputs(file, inputs -> {
      try {
        run.run(inputs, templates, out::add, failures);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    });
    return out;
  }

  /** The extraction outcomes (pages or failures) of {@code file}'s documents, templates not removed. */
  List<Outcome> pages(InputFile file) {
    List<Outcome> out = new ArrayList<>();
    withInputs(file, inputs -> {
      try {
        out.addAll(run.pages(inputs.documents()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    });
    return out;
  }

  private void withInputs(InputFile file, Consumer<InputSources.Inputs> action) {
    org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(file.uri());
    String scheme = hadoopPath.toUri().getScheme();
    Path tempDir = null;
    try {
      Path local;
      if (scheme == null || scheme.equals("file")) {
        local = Path.of(hadoopPath.toUri().getPath());
      } else {
        tempDir = Files.createTempDirectory("reportminer-input");
        local = tempDir.resolve(hadoopPath.getName());
        FileSystem fs = hadoopPath.getFileSystem(new Configuration());
        fs.copyToLocalFile(hadoopPath, new org.apache.hadoop.fs.Path(local.toUri()));
      }
      action.accept(shown(sources.expand(List.of(local.toString()), InputStream.nullInputStream()),
          local.toString(), file.shown()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.uri(), e);
    } finally {
      delete(tempDir);
    }
  }

  /** The inputs with the local path {@code local} at the start of each path replaced by {@code shown}. */
  private static InputSources.Inputs shown(InputSources.Inputs in, String local, String shown) {
    List<RawDocument> docs = new ArrayList<>();
    for (RawDocument d : in.documents()) {
      docs.add(new RawDocument(rename(d.path(), local, shown), d.url(), d.declaredCharset(), d.size(), d.content()));
    }
    List<Failure> failures = new ArrayList<>();
    for (Failure f : in.failures()) {
      failures.add(new Failure(rename(f.path(), local, shown), f.sha256(), f.stage(), f.reason()));
    }
    return new InputSources.Inputs(docs, failures);
  }

  private static String rename(String path, String local, String shown) {
    return path.startsWith(local) ? shown + path.substring(local.length()) : path;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }
}
