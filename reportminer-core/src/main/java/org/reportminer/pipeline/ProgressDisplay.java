package org.reportminer.pipeline;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Shows how an ingest run advances, on stderr: on a terminal a bar redrawn in place with inputs
 * done, rate and ETA; otherwise a plain line every so often (for logs of unattended jobs). The
 * rate counts only inputs done by this attempt (not those a resumed run skipped). Runs its own
 * daemon thread; thread-safe.
 */
public final class ProgressDisplay implements AutoCloseable {

  /** How progress is shown. */
  public enum Mode {
    /** A bar redrawn in place (for terminals). */
    BAR,
    /** A plain line every interval (for logs). */
    LOG,
    /** Nothing. */
    NONE;

    /** BAR when stderr is a terminal, else LOG. */
    public static Mode auto() {
      return stderrIsTerminal() ? BAR : LOG;
    }
  }

  private static final int BAR_WIDTH = 30;

  private final Supplier<ParallelIngest.Progress> source;
  private final PrintWriter err;
  private final Mode mode;
  private final Duration every;
  private final Thread thread;
  private volatile boolean closed;
  private String phase;
  private long phaseStartNanos;
  private long phaseStartDone;
  private int lastWidth;

  /**
   * A display (started at once) reading {@code source}.
   *
   * @param every time between lines in LOG mode (the bar is redrawn twice a second)
   */
  public ProgressDisplay(Supplier<ParallelIngest.Progress> source, PrintWriter err, Mode mode, Duration every) {
    this.source = source;
    this.err = err;
    this.mode = mode;
    this.every = every;
    this.thread = new Thread(this::loop, "progress");
    this.thread.setDaemon(true);
    if (mode != Mode.NONE) {
      thread.start();
    }
  }

  /** Whether stderr is a terminal (Linux: fd 2 is a tty device), else whether there is a console. */
  static boolean stderrIsTerminal() {
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      // not Linux
    }
    return System.console() != null;
  }

  private void loop() {
    long sleep = mode == Mode.BAR ? 500 : every.toMillis();
    try {
      while (!closed) {
        Thread.sleep(sleep);
        if (!closed) {
          show(source.get());
        }
      }
    } catch (InterruptedException e) {
      // closing
    }
  }

  private synchronized void show(ParallelIngest.Progress p) {
    if (p.phase().equals("starting")) {
      return;
    }
    long now = System.nanoTime();
    if (!p.phase().equals(phase)) {
      phase = p.phase();
      phaseStartNanos = now;
      phaseStartDone = p.done();
    }
    String line = line(p, (now - phaseStartNanos) / 1e9, p.done() - phaseStartDone);
    if (mode == Mode.BAR) {
      String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
      lastWidth = line.length();
      err.print("\r" + padded);
    } else {
      err.println(line);
    }
    err.flush();
  }

  /**
   * Prints one message line (a failure, say) without garbling the bar: on a terminal the bar's
   * line is cleared first and redrawn at the next tick.
   */
  public synchronized void message(String line) {
    if (mode == Mode.BAR && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      lastWidth = 0;
    }
    err.println(line);
    err.flush();
  }

  /** One progress line: phase, bar (when the total is known), counts, rate, ETA, failures. */
  static String line(ParallelIngest.Progress p, double seconds, long doneNow) {
    StringBuilder sb = new StringBuilder();
    sb.append(p.phase().equals("templates") ? "learning site templates " : "ingest ");
    double rate = seconds > 0 ? doneNow / seconds : 0;
    if (p.total() > 0) {
      double share = Math.min(1, (double) p.done() / p.total());
      int full = (int) Math.round(share * BAR_WIDTH);
      sb.append('[').append("#".repeat(full)).append(".".repeat(BAR_WIDTH - full)).append("] ");
      sb.append(String.format(Locale.ROOT, "%d/%d (%.0f%%)", p.done(), p.total(), share * 100));
    } else {
      sb.append(p.done()).append(" inputs");
    }
    sb.append(String.format(Locale.ROOT, "  %.1f/s", rate));
    if (p.total() > 0 && rate > 0) {
      sb.append("  ETA ").append(duration((long) ((p.total() - p.done()) / rate)));
    }
    if (p.phase().equals("ingest")) {
      sb.append("  ").append(p.counters().reports()).append(" reports");
      if (p.counters().failed() > 0) {
        sb.append(", ").append(p.counters().failed()).append(" failed");
      }
    }
    return sb.toString();
  }

  /** "1h02m", "3m05s", "42s". */
  static String duration(long seconds) {
    if (seconds >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
    if (seconds >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return seconds + "s";
  }

  /** Stops the display; on a terminal, shows the last state and ends the line. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    if (mode == Mode.BAR) {
      synchronized (this) {
        if (phase != null) {
          show(source.get());
          err.println();
          err.flush();
        }
      }
    }
  }
}
