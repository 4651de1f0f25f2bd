package org.reportminer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a command of this program in a fresh JVM, as JMH forks do: what the JIT compiler makes of
 * the same code differs from one JVM to the next (measured here: the same decode loop at 1.1 or
 * 1.9 million chars/s in two runs), so a figure from one JVM is one draw, and a benchmark repeats
 * itself in several. The child gets this JVM's java, class path and heap and GC options (not
 * agents or recordings); its standard output comes back as lines, its errors go to the progress
 * consumer as they come.
 */
final class Forks {
  private static final String MAIN_CLASS = "org.reportminer.cli.Main";

  private Forks() {}

  /** The output lines of {@code reportminer ARGS} run in a new JVM; fails if the child does. */
  static List<String> run(List<String> args, Consumer<String> progress) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("-X") && !option.startsWith("-XX:StartFlightRecording") && !option.startsWith("-Xdebug")
          || option.startsWith("-D")) {
        command.add(option);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MAIN_CLASS);
    command.addAll(args);
    Process child = new ProcessBuilder(command).start();
    child.getOutputStream().close();
    Thread errors = new Thread(() -> forward(child, progress), "fork-stderr");
    errors.start();
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        out.add(line);
      }
    } finally {
      int exit = child.waitFor();
      errors.join();
      if (exit != 0) {
        throw new IOException("benchmark fork failed with exit code " + exit + ": " + String.join(" ", args));
      }
    }
    return out;
  }

  private static void forward(Process child, Consumer<String> progress) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        progress.accept(line);
      }
    } catch (IOException e) {
      progress.accept("(fork error output lost: " + e.getMessage() + ")");
    }
  }
}
