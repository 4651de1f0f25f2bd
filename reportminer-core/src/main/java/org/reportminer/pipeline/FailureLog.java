package org.reportminer.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.model.Failure;
import org.reportminer.model.RecordJson;

/**
 * The failures log: one JSON line per failed document ({@link RecordJson#toNode(Failure)}: path,
 * sha256, stage, reason), flushed line by line so that a killed run keeps what it logged. A new
 * log replaces an old file of the same name, so the log always describes the latest run; a
 * resumed run {@linkplain #continuing continues} the log of the run it resumes, cut back to the
 * lines its checkpoint accounts for. Thread-safe.
 */
public final class FailureLog implements AutoCloseable {
  private final FileChannel channel;
  private final BufferedWriter out;
  private long lines;

  /** Creates (or truncates) the log file, creating parent directories. */
  public FailureLog(Path file) throws IOException {
    this(file, 0);
  }

  private FailureLog(Path file, long keepLines) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    long keepBytes = keepLines == 0 ? 0 : offsetAfterLines(file, keepLines);
    channel.truncate(keepBytes);
    channel.position(keepBytes);
    this.lines = keepLines == 0 ? 0 : Math.min(keepLines, countLines(file));
    this.out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
  }

  /**
   * Opens an existing log to append to, keeping only its first {@code keepLines} lines (the ones
   * a checkpoint accounts for; lines written after it belong to inputs that will be done again).
   */
  public static FailureLog continuing(Path file, long keepLines) throws IOException {
    return new FailureLog(file, keepLines);
  }

  /** Appends one failure. */
  public synchronized void write(Failure f) {
    try {
      out.write(RecordJson.line(RecordJson.toNode(f)));
      out.write('\n');
      out.flush();
      lines++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the failures log", e);
    }
  }

  /** Lines in the log now. */
  public synchronized long lines() {
    return lines;
  }

  /** Forces what was written to the disk (before a checkpoint that counts these lines). */
  public synchronized void sync() throws IOException {
    out.flush();
    channel.force(false);
  }

  /** The failures in a log file, in order; empty when there is no file. Unreadable lines are skipped. */
  public static List<Failure> read(Path file) throws IOException {
    List<Failure> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(RecordJson.mapper().readValue(line, Failure.class));
      } catch (IOException e) {
        // a line cut by a crash: nothing to retry there
      }
    }
    return out;
  }

  private static long offsetAfterLines(Path file, long keep) throws IOException {
    long offset = 0;
    long seen = 0;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      for (int b; (b = in.read()) >= 0; ) {
        offset++;
        if (b == '\n' && ++seen == keep) {
          return offset;
        }
      }
    }
    return offset;
  }

  private static long countLines(Path file) throws IOException {
    long n = 0;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      for (int b; (b = in.read()) >= 0; ) {
        if (b == '\n') {
          n++;
        }
      }
    }
    return n;
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
