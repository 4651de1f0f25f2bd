package org.reportminer.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.reportminer.model.Failure;
import org.reportminer.model.RecordJson;

/**
 * The failures log: one JSON line per failed document ({@link RecordJson#toNode(Failure)}: path,
 * sha256, stage, reason), flushed line by line so that a killed run keeps what it logged. A new
 * log replaces an old file of the same name, so the log always describes the latest run.
 * Thread-safe.
 */
public final class FailureLog implements AutoCloseable {
  private final BufferedWriter out;

  /** Creates (or truncates) the log file, creating parent directories. */
  public FailureLog(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
  }

  /** Appends one failure. */
  public synchronized void write(Failure f) {
    try {
      out.write(RecordJson.line(RecordJson.toNode(f)));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the failures log", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
