package org.reportminer.cli;

import java.nio.file.Path;

/** Where the failures of an {@code extract} or {@code analyze} run went, for its last line. */
final class FailureNote {
  private FailureNote() {}

  /** "failures are listed in FILE" when a log was asked for, else a hint how to get one. */
  static String where(Path log) {
    return log == null
        ? "failures are listed above (--failures FILE also writes them as JSON lines)"
        : "failures are listed in " + log.toAbsolutePath().normalize();
  }
}
