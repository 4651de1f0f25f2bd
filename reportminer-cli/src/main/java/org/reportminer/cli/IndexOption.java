package org.reportminer.cli;

import java.nio.file.Path;
import org.reportminer.index.IndexLayout;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the commands that read or write an index. */
final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  IndexLayout layout() {
    return new IndexLayout(dir);
  }
}
