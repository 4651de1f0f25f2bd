package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code reportminer} launcher script, run for real against stand-ins for {@code mvn} and
 * {@code java} on the PATH (a real build would take minutes): what a new user sees while the jar
 * is built the first time, that it is built once, and what a failed build shows.
 */
class LauncherTest {
  /** Maven's output as Debian's Maven 3.8 prints it, escape codes included. */
  static final String MAVEN_OUTPUT = """
      printf '\\033[0m\\033[0m[INFO] Scanning for projects...\\n'
      printf '[INFO] --- maven-resources-plugin:3.3.1:resources (default-resources) @ reportminer-core ---\\n'
      printf '[INFO] Copying 12 resources\\n'
      printf '[INFO] --- maven-compiler-plugin:3.11.0:compile (default-compile) @ reportminer-core ---\\n'
      printf '[INFO] Compiling 180 source files with javac\\n'
      printf '[INFO] --- maven-shade-plugin:3.5.1:shade (default) @ reportminer-core ---\\n'
      """;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Path project(String mvnBody) throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.copy(Path.of("reportminer"), project.resolve("reportminer"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.createDirectories(project.resolve("reportminer-cli/src/main/java"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    script(bin.resolve("mvn"), mvnBody);
    script(bin.resolve("java"), "echo \"java $*\"\n");
    return project;
  }

  static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  Run launch(Path project, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(project.resolve("reportminer").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
    pb.environment().remove("REPORTMINER_JAVA_OPTS");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void theFirstBuildSaysItHappensOnceAndShowsItsStepsWithoutEscapeCodes() throws Exception {
    Path project = project(MAVEN_OUTPUT + """
        mkdir -p reportminer-cli/target && echo jar > reportminer-cli/target/reportminer.jar
        """);
    Run first = launch(project, "stats");
    assertEquals(0, first.code(), first.err());
    List<String> lines = List.of(first.err().strip().split("\n"));
    assertTrue(lines.get(0).startsWith("reportminer: building " + project.resolve("reportminer-cli/target/reportminer.jar")),
        lines.get(0));
    assertTrue(lines.get(0).contains("once") && lines.get(0).contains("a few minutes"), lines.get(0));
    assertEquals(List.of("reportminer:   reportminer-core maven-resources-plugin:3.3.1:resources",
        "reportminer:   reportminer-core maven-compiler-plugin:3.11.0:compile",
        "reportminer:   reportminer-core maven-shade-plugin:3.5.1:shade",
        "reportminer: build finished"), lines.subList(1, lines.size()));
    assertFalse(first.err().contains("\u001b"), "no escape codes: " + first.err());
    assertTrue(first.out().startsWith("java "), first.out());
    assertTrue(first.out().strip().endsWith("-jar " + project.resolve("reportminer-cli/target/reportminer.jar") + " stats"),
        first.out());

    Run second = launch(project, "stats");
    assertEquals(0, second.code());
    assertEquals("", second.err(), "built once: the second run does not build");
  }

  @Test
  void aFailedBuildShowsMavensLogAndExitsOne() throws Exception {
    Path project = project(MAVEN_OUTPUT + """
        printf '\\033[1;31m[ERROR] COMPILATION ERROR\\033[0m\\n'
        exit 1
        """);
    Run r = launch(project, "stats");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("[ERROR] COMPILATION ERROR"), r.err());
    assertFalse(r.err().contains("\u001b"), r.err());
    assertTrue(r.err().strip().startsWith("reportminer: building"), r.err());
    assertTrue(r.err().contains("reportminer: the build failed"), r.err());
    assertEquals("", r.out(), "java is not run after a failed build");
  }

  @Test
  void evaluationCommandsRunFromTheEvalJarAndProductCommandsFromTheProductJar() throws Exception {
    Path project = project("""
        echo "$*" >> "$(dirname "$0")/mvn-args.txt"
        case "$*" in
          *reportminer-eval*) mkdir -p reportminer-eval/target && echo jar > reportminer-eval/target/reportminer-eval.jar ;;
          *) mkdir -p reportminer-cli/target && echo jar > reportminer-cli/target/reportminer.jar ;;
        esac
        """);
    Files.createDirectories(project.resolve("reportminer-eval/src/main/java"));
    for (String command : List.of("eval", "bench", "generate", "train-ner")) {
      Run r = launch(project, command, "--help");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().strip().endsWith("-jar " + project.resolve("reportminer-eval/target/reportminer-eval.jar")
          + " " + command + " --help"), r.out());
    }
    Run search = launch(project, "search", "x");
    assertTrue(search.out().strip().endsWith("-jar " + project.resolve("reportminer-cli/target/reportminer.jar")
        + " search x"), search.out());
    List<String> builds = Files.readAllLines(dir.resolve("bin/mvn-args.txt"));
    assertEquals(2, builds.size(), "each jar is built once: " + builds);
    assertTrue(builds.get(0).contains("-pl reportminer-eval -am package"), builds.get(0));
    assertTrue(builds.get(1).contains("-pl reportminer-cli -am package"), builds.get(1));
  }
}
