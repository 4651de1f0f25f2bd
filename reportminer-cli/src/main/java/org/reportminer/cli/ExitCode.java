package org.reportminer.cli;

import picocli.CommandLine.IExitCodeGenerator;

/**
 * The documented exit codes of every {@code reportminer} command. A command returns the {@link
 * #code()} of one of these; {@link Main} maps an exception that escapes a command to {@link
 * #INPUT_FAILED} (an I/O error: a file or index that cannot be read or written) or {@link
 * #INTERNAL} (anything else: a bug), never to {@link #USAGE}, which is kept for what the user can
 * fix on the command line.
 */
public enum ExitCode implements IExitCodeGenerator {
  /** Every input was processed. */
  OK(0),
  /**
   * Some inputs failed (each listed on stderr and in the failures log), the run was interrupted,
   * or a file or index could not be read or written.
   */
  INPUT_FAILED(1),
  /** A usage error: a bad option, a bad query, a missing index; nothing was done. */
  USAGE(2),
  /** An internal error (a bug): the one-line message says what failed. */
  INTERNAL(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }

  @Override
  public int getExitCode() {
    return code;
  }

  /**
   * The exit code for an exception that escaped a command: {@link #INPUT_FAILED} for I/O errors
   * (also wrapped in an unchecked exception), {@link #INTERNAL} for everything else.
   */
  static ExitCode of(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
        return INPUT_FAILED;
      }
    }
    return INTERNAL;
  }
}
