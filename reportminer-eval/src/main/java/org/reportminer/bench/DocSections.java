package org.reportminer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces one marked section of a Markdown file (docs/BENCHMARKS.md, docs/QUALITY.md), leaving
 * the rest untouched. A section runs from {@code <!-- KIND:NAME -->} to {@code <!-- /KIND:NAME -->}
 * (e.g. {@code <!-- bench:extract -->}); when the file or the section does not exist yet, it is
 * appended. Each stage writes only its own section, so stages never overwrite each other's
 * figures. Stateless and thread-safe (but two processes writing one file at once can race).
 */
public final class DocSections {
  private DocSections() {}

  /**
   * Writes {@code body} between the markers of section {@code marker} (e.g. "bench:extract").
   *
   * @param file the Markdown file
   * @param marker the section name inside the comment markers
   * @param title a heading for a new file, used only when the file does not exist
   * @param body the section's content (without markers)
   */
  public static void replace(Path file, String marker, String title, String body) throws IOException {
    String open = "<!-- " + marker + " -->";
    String close = "<!-- /" + marker + " -->";
    String block = open + "\n" + body.strip() + "\n" + close;
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# " + title + "\n";
    int a = text.indexOf(open);
    int b = a < 0 ? -1 : text.indexOf(close, a);
    String updated;
    if (a >= 0 && b >= 0) {
      updated = text.substring(0, a) + block + text.substring(b + close.length());
    } else {
      updated = text.stripTrailing() + "\n\n" + block + "\n";
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }
}
