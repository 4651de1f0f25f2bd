package org.reportminer.cli;

import java.io.PrintWriter;

/**
 * The number of worker threads a command starts for {@code --threads N}: never more than the
 * machine's cores (extraction and analysis are CPU-bound, so more threads only cost memory; each
 * stage starts its workers up front) nor than the inputs when their number is known. Asking for
 * more prints one warning line and goes on with the cap; {@code --threads 100000} on 4 inputs
 * starts 4 workers, not 100,000. Stateless.
 */
final class Workers {
  private Workers() {}

  /**
   * The workers to start.
   *
   * @param requested {@code --threads}, or null for the default (all cores)
   * @param cores the processors available to the JVM
   * @param inputs the number of inputs, or -1 when it is not known before the run
   * @param command the command name, for the warning
   * @param err where the warning goes
   */
  static int cap(Integer requested, int cores, long inputs, String command, PrintWriter err) {
    int machine = Math.max(1, cores);
    int limit = inputs >= 1 ? (int) Math.min(machine, inputs) : machine;
    if (requested == null) {
      return limit;
    }
    if (requested <= limit) {
      return requested;
    }
    String why = inputs >= 1 && inputs < machine
        ? inputs + (inputs == 1 ? " input" : " inputs")
        : "this machine's " + machine + (machine == 1 ? " core" : " cores");
    err.println("reportminer " + command + ": --threads " + requested + " is more than " + why
        + " can use; using " + limit);
    err.flush();
    return limit;
  }

  /** {@link #cap(Integer, int, long, String, PrintWriter)} with this machine's cores. */
  static int cap(Integer requested, long inputs, String command, PrintWriter err) {
    return cap(requested, Runtime.getRuntime().availableProcessors(), inputs, command, err);
  }
}
