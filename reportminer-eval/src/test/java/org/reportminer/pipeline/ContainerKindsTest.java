package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.bench.SyntheticArchive;

/**
 * Remembered container answers are the answers Tika gives afresh: on every corpus file, on
 * generated DOCX files and on zip files of several kinds, asked twice (as a run's pre-pass and
 * main pass do), with Tika asked once per zip-like file; a file that changes is detected again.
 */
class ContainerKindsTest {

  static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The corpus files, generated DOCX files and zip-like files of several kinds in {@code tmp}. */
  static List<Path> inputs(Path tmp) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> corpus = Files.walk(Path.of("corpus"))) {
      corpus.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    SyntheticArchive generated = new SyntheticArchive(Path.of("corpus"), 3);
    int docx = 0;
    for (int i = 0; docx < 4 && i < 400; i++) {
      SyntheticArchive.GeneratedDocument d = generated.document(i);
      if (d.kind().equals("docx")) {
        files.add(Files.write(tmp.resolve("generated-" + i + ".docx"), d.bytes()));
        docx++;
        if (docx == 1) {
          // a DOCX inside a zip archive, and a DOCX named as a zip
          files.add(Files.write(tmp.resolve("with-docx.zip"), zipWith("a.docx", d.bytes())));
          files.add(Files.write(tmp.resolve("named-as.zip"), d.bytes()));
        }
      }
    }
    assertEquals(4, docx, "the generator makes DOCX files");
    files.add(Files.write(tmp.resolve("pages.zip"), zip("a.html", "<p>一</p>", "b/c.html", "<p>二</p>")));
    files.add(Files.write(tmp.resolve("empty.zip"), zip()));
    files.add(Files.write(tmp.resolve("odt.odt"),
        zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>")));
    files.add(Files.write(tmp.resolve("lib.jar"), zip("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")));
    files.add(Files.write(tmp.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2}));
    files.add(Files.write(tmp.resolve("pk.txt"), "PK and then plain text".getBytes(StandardCharsets.UTF_8)));
    return files;
  }

  static byte[] zipWith(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
      z.closeEntry();
    }
    return out.toByteArray();
  }

  static boolean startsWithPk(Path p) throws IOException {
    byte[] head = Files.readAllBytes(p);
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K';
  }

  @Test
  void rememberedAnswersAreTikasAnswers(@TempDir Path tmp) throws IOException {
    List<Path> files = inputs(tmp);
    ContainerKinds fresh = new ContainerKinds();
    ContainerKinds remembering = new ContainerKinds();
    int zipLike = 0;
    List<String> kinds = new ArrayList<>();
    for (Path p : files) {
      ContainerKinds.Kind expected = fresh.detect(p);
      assertEquals(expected, remembering.of(p), p.toString());
      if (startsWithPk(p)) {
        zipLike++;
      }
      kinds.add(p.getFileName() + " " + expected);
    }
    assertEquals(zipLike, remembering.tikaDetections());
    for (Path p : files) {
      assertEquals(fresh.detect(p), remembering.of(p), p.toString());
    }
    assertEquals(zipLike, remembering.tikaDetections(), "the second pass asks Tika nothing");
    // the answers themselves: archives are expanded, zip-based formats stay documents
    assertTrue(kinds.contains("fanwen-pages-2023.zip ZIP"), kinds.toString());
    assertTrue(kinds.contains("fanwen-example-crawl.warc.gz WARC"), kinds.toString());
    assertTrue(kinds.contains("bumen-zongjie-huibian-2023.docx DOCUMENT"), kinds.toString());
    assertTrue(kinds.contains("pages.zip ZIP"), kinds.toString());
    assertTrue(kinds.contains("with-docx.zip ZIP"), kinds.toString());
    assertTrue(kinds.contains("named-as.zip DOCUMENT"), kinds.toString());
    assertTrue(kinds.contains("odt.odt DOCUMENT"), kinds.toString());
  }

  @Test
  void aChangedFileIsDetectedAgain(@TempDir Path tmp) throws IOException {
    ContainerKinds kinds = new ContainerKinds();
    Path p = tmp.resolve("x.zip");
    Files.write(p, zip("a.html", "<p>一</p>"));
    FileTime time = Files.getLastModifiedTime(p);
    assertEquals(ContainerKinds.Kind.ZIP, kinds.of(p));
    long size = Files.size(p);
    Files.write(p, zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"));
    Files.setLastModifiedTime(p, time);
    assertTrue(Files.size(p) != size, "same time, other size");
    assertEquals(ContainerKinds.Kind.DOCUMENT, kinds.of(p));
    Files.write(p, zip("a.html", "<p>二</p>", "b.html", "<p>三</p>"));
    Files.setLastModifiedTime(p, FileTime.fromMillis(time.toMillis() + 5_000)); // other time
    assertEquals(ContainerKinds.Kind.ZIP, kinds.of(p));
    assertEquals(3, kinds.tikaDetections());
  }
}
