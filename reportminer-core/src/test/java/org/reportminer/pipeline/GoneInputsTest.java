package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which indexed inputs {@code --delete-missing} takes for gone. */
class GoneInputsTest {
  @TempDir Path docs;

  @Test
  void archiveMembersMissingFromAReadArchiveAreGone() throws IOException {
    Path zip = Files.writeString(docs.resolve("x.zip"), "not really a zip; only its existence matters here");
    String member = zip + "!/old.html";
    String kept = zip + "!/kept.html";
    Path other = docs.resolve("y.zip");
    String elsewhere = other + "!/m.html";
    String vanished = docs.resolve("gone.html").toString();
    Path here = Files.writeString(docs.resolve("here.html"), "<p>x</p>");
    List<String> gone = GoneInputs.of(List.of(member, kept, elsewhere, vanished, here.toString()),
        Set.of(kept), Set.of(zip.toString()), SourceKeys.currentFolder());
    assertEquals(List.of(member, elsewhere, vanished), gone, "a file still there is not gone");
    assertEquals(zip.toString(), GoneInputs.container(member, SourceKeys.currentFolder()));
    assertEquals("crawl.warc.gz", GoneInputs.container("crawl.warc.gz#1234", SourceKeys.currentFolder()));
    assertEquals(List.of(), GoneInputs.of(List.of("-"), Set.of(), Set.of(), SourceKeys.currentFolder()), "stdin is never gone");
  }
}
