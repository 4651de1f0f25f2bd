package org.reportminer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.extract.ExtractionException;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/**
 * The generated archive: deterministic by seed, every kind of document present, and the binary
 * kinds (DOCX, PDF) extract to the reports they were made from. Seed 3's document 103 is a PDF
 * on which Tika's automatic OCR strategy used to fail without an OCR parser installed.
 */
class SyntheticArchiveTest {
  static SyntheticArchive archive;
  static final Extractor EXTRACTOR = new Extractor(ExtractorConfig.DEFAULTS);

  @BeforeAll
  static void load() throws IOException {
    archive = new SyntheticArchive(Path.of("corpus"), 3);
  }

  @Test
  void theSameSeedGivesTheSameDocuments() throws IOException {
    SyntheticArchive again = new SyntheticArchive(Path.of("corpus"), 3);
    for (int i : new int[] {0, 7, 103, 250}) {
      assertEquals(archive.document(i).path(), again.document(i).path());
      assertArrayEquals(archive.document(i).bytes(), again.document(i).bytes());
    }
    // written now and later (POI dates a DOCX's core properties when it writes them)
    java.util.List<byte[]> docx = new java.util.ArrayList<>();
    for (int i = 0; docx.size() < 1 && i < 200; i++) {
      if (archive.document(i).kind().equals("docx")) {
        docx.add(archive.document(i).bytes());
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx.get(0)))) {
          for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals("docProps/core.xml")) {
              String core = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
              assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-01-01T00:00:00Z<"), core);
            }
          }
        }
      }
    }
    assertEquals(1, docx.size(), "a DOCX among the first 200 documents");
    SyntheticArchive other = new SyntheticArchive(Path.of("corpus"), 4);
    assertFalse(java.util.Arrays.equals(archive.document(7).bytes(), other.document(7).bytes()));
  }

  @Test
  void everyKindIsMixedIn() {
    Set<String> kinds = new TreeSet<>();
    for (int i = 0; i < 300; i++) {
      String kind = archive.document(i).kind();
      kinds.add(kind.startsWith("html") ? kind.substring(0, kind.indexOf(' ', 5) < 0 ? kind.length()
          : kind.indexOf(' ', 5)) : kind);
    }
    assertTrue(kinds.containsAll(Set.of("docx", "pdf", "txt", "html UTF-8", "html GBK", "html GB2312")),
        kinds.toString());
  }

  @Test
  void docxAndPdfDocumentsExtractToTheirReports() throws ExtractionException {
    int checked = 0;
    for (int i = 0; i < 300; i++) {
      SyntheticArchive.GeneratedDocument d = archive.document(i);
      if (!d.kind().equals("pdf") && !d.kind().equals("docx")) {
        continue;
      }
      List<Report> reports = EXTRACTOR.extract(RawDocument.ofBytes(d.path(), null, null, d.bytes()));
      assertFalse(reports.isEmpty(), d.path());
      assertTrue(reports.get(0).text().length() > 200, d.path() + ": " + reports.get(0).text());
      checked++;
    }
    assertTrue(checked >= 10, "checked " + checked);
    assertEquals("pdf", archive.document(103).kind());
  }
}
