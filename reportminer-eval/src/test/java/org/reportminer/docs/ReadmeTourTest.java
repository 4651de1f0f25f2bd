package org.reportminer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportminer.cli.Main;
import org.reportminer.model.RecordJson;

/**
 * Walks the README's tour: runs every {@code $ ./reportminer …} command shown in its code blocks,
 * in order, from the project folder (as a new user would, but with the index in a temporary
 * folder beside the default {@code index/}, deleted afterwards), and compares the real output with the README's text. Times ("in 10.0 s") and the
 * index size on disk are not compared; a block ending in a line {@code …} is compared up to
 * there; a JSON block (an {@code --json} command shown as an indented object) is compared field
 * by field with the first record printed. A change that alters the tour's output fails here until
 * the README shows the new output.
 */
class ReadmeTourTest {
  /** Commands that read or write an index: they get {@code --index} the temporary folder. */
  static final Set<String> INDEXED = Set.of("ingest", "search", "dups", "copycheck", "stats", "timeline",
      "concordance", "entity");

  record Step(List<String> args, List<String> expected) {}

  /** The {@code $ ./reportminer} commands of the README's indented code blocks, in order. */
  static List<Step> steps(List<String> readme) {
    List<Step> steps = new ArrayList<>();
    List<String> args = null;
    List<String> expected = new ArrayList<>();
    boolean inBlock = false;
    for (String line : readme) {
      boolean code = line.startsWith("    ");
      boolean blank = line.isBlank();
      if (code && line.startsWith("    $ ./reportminer ")) {
        if (args != null) {
          steps.add(new Step(args, trimmed(expected)));
        }
        args = shellWords(line.substring("    $ ./reportminer ".length()));
        expected = new ArrayList<>();
        inBlock = true;
        continue;
      }
      if (inBlock && (code || blank)) {
        if (args != null) {
          expected.add(blank ? "" : line.substring(4));
        }
        continue;
      }
      inBlock = false;
      if (args != null) {
        steps.add(new Step(args, trimmed(expected)));
        args = null;
      }
    }
    if (args != null) {
      steps.add(new Step(args, trimmed(expected)));
    }
    return steps;
  }

  private static List<String> trimmed(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Words of a command line: spaces separate, single quotes group. */
  static List<String> shellWords(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          out.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(word.toString());
    }
    return out;
  }

  /** Output lines with what changes from run to run (elapsed time, bytes on disk) blanked. */
  static List<String> comparable(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.replaceAll("^ingest (finished|interrupted) in [0-9.]+ s", "ingest $1 in (time) s")
          .replaceAll("^index size +[0-9.]+ MB$", "index size (bytes)"));
    }
    return out;
  }

  @Test
  void everyTourCommandPrintsWhatTheReadmeShows() throws IOException {
    List<Step> steps = steps(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8));
    assertTrue(steps.size() >= 8, "the tour's commands: " + steps);
    assertEquals(List.of("ingest", "corpus"), steps.get(0).args(), "the tour starts by ingesting");
    // ids come from paths relative to the folder holding the index, so the index must sit in the
    // project folder, as the default index/ does, for the tour's ids
    Path indexDir = Files.createTempDirectory(Path.of("").toAbsolutePath(), ".readme-tour-index-");
    try {
      walk(steps, indexDir.toString());
    } finally {
      try (var files = Files.walk(indexDir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void walk(List<Step> steps, String index) throws IOException {
    for (Step step : steps) {
      List<String> args = new ArrayList<>(step.args());
      if (INDEXED.contains(args.get(0))) {
        args.addAll(List.of("--index", index));
      }
      if (args.get(0).equals("ingest")) {
        args.addAll(List.of("--progress", "none"));
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
      String shown = "$ ./reportminer " + String.join(" ", step.args());
      assertEquals(0, code, shown + "\n" + err);
      List<String> real = trimmed(List.of(out.toString().split("\n", -1)));
      List<String> expected = step.expected();
      if (!expected.isEmpty() && expected.get(0).equals("{")) {
        compareJson(shown, String.join("\n", expected), real.get(0));
        continue;
      }
      boolean cut = !expected.isEmpty() && expected.get(expected.size() - 1).equals("…");
      List<String> want = comparable(cut ? expected.subList(0, expected.size() - 1) : expected);
      List<String> got = comparable(cut ? real.subList(0, Math.min(real.size(), want.size())) : real);
      assertEquals(String.join("\n", want), String.join("\n", got), shown);
    }
  }

  private static void compareJson(String shown, String expectedJson, String firstLine) throws IOException {
    JsonNode want = RecordJson.mapper().readTree(expectedJson);
    JsonNode got = RecordJson.mapper().readTree(firstLine);
    for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      assertEquals(want.get(field), got.get(field), shown + ": field " + field);
    }
  }

  @Test
  void theParserFindsCommandsOutputsAndCuts() {
    List<Step> steps = steps(List.of(
        "text", "", "    $ ./reportminer search 'a b' --limit 2", "    2 reports", "", "    1. x", "",
        "    $ ./reportminer stats", "    reports 1", "    …", "", "more text", "    ./reportminer serve"));
    assertEquals(2, steps.size());
    assertEquals(List.of("search", "a b", "--limit", "2"), steps.get(0).args());
    assertEquals(List.of("2 reports", "", "1. x"), steps.get(0).expected());
    assertEquals(List.of("reports 1", "…"), steps.get(1).expected());
  }
}
