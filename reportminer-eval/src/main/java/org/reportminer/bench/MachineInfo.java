package org.reportminer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line description of the machine a benchmark ran on (CPU, cores, memory, JVM, OS). */
public final class MachineInfo {
  private MachineInfo() {}

  /**
   * E.g. "Intel Xeon …, 2 cores, max heap 6.0 GB, Java 17.0.15 (Debian), Linux 6.1 amd64, load
   * average 0.4 at start". The load average says how much else the machine was doing: on a shared
   * machine absolute figures move a lot, ratios measured in the same run much less.
   */
  public static String describe() {
    Runtime rt = Runtime.getRuntime();
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format(Locale.ROOT, "%s, %d cores, max heap %.1f GB, Java %s (%s), %s %s %s%s",
        cpuModel(), rt.availableProcessors(), rt.maxMemory() / 1e9, System.getProperty("java.version"),
        System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
        System.getProperty("os.arch"), load < 0 ? "" : String.format(Locale.ROOT, ", load average %.1f at start", load));
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the CPU model stays unknown
    }
    return "unknown CPU";
  }
}
