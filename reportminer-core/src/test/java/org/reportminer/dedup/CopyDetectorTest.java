package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.model.Report;

/**
 * The corpus page saved as text in the seed's shape: report 2 is report 1 reposted with
 * half-width punctuation and the last section dropped; report 3 is a different report on the same
 * theme. Checked against the whole gold archive so that stock phrases and candidates are real.
 */
class CopyDetectorTest {
  static final DedupSettings SETTINGS = DedupSettings.defaults();
  static InMemoryCopySource archive;
  static List<Report> page;

  @BeforeAll
  static void buildArchive() {
    Fingerprinter fp = new Fingerprinter(SETTINGS);
    archive = new InMemoryCopySource();
    GoldReports.all().forEach(r -> archive.add(fp.fingerprint(r)));
    page = GoldReports.of("fanwen-a-saved-page-yuedu-3pian.txt.json");
    assertEquals(3, page.size());
  }

  private static CopyReport check(Report r) {
    return new CopyDetector(SETTINGS).check(archive.fingerprint(r.id()), archive);
  }

  @Test
  void theRepostSharesItsOpeningAndFirstSectionsWithTheOriginal() {
    CopyReport second = check(page.get(1));
    String original = page.get(0).id();
    assertEquals(original, second.sources().get(0).id(), second.sources().toString());
    assertTrue(second.largestSourceRatio() > 0.9, "largest " + second.largestSourceRatio());
    CopyReport.SectionRatio opening = second.sections().get(0);
    assertEquals("", opening.heading());
    assertTrue(opening.ratio() > 0.9, opening.toString());
    assertEquals(original, opening.mainSource());
    for (CopyReport.SectionRatio s : second.sections()) {
      if (s.heading().startsWith("一、") || s.heading().startsWith("二、")) {
        assertTrue(s.ratio() > 0.9, s.toString());
      }
    }
  }

  @Test
  void passagesPointAtTheSameWordsInBothReports() {
    CopyReport second = check(page.get(1));
    Report original = page.get(0);
    assertTrue(!second.passages().isEmpty());
    for (CopyReport.CopiedPassage p : second.passages()) {
      assertEquals(page.get(1).text().substring(p.start(), p.end()), p.text());
      Report source = p.sourceId().equals(original.id()) ? original : null;
      if (source != null) {
        assertEquals(source.text().substring(p.sourceStart(), p.sourceEnd()), p.sourceText());
        String a = new TextNormalizer().normalize(p.text()).text();
        String b = new TextNormalizer().normalize(p.sourceText()).text();
        assertTrue(p.similarity() > 0.8 && a.length() > 0 && b.length() > 0, p.toString());
      }
    }
  }

  @Test
  void theThirdReportIsNotCopiedFromTheOtherTwo() {
    CopyReport third = check(page.get(2));
    for (CopyReport.SourceShare s : third.sources()) {
      if (s.id().equals(page.get(0).id()) || s.id().equals(page.get(1).id())) {
        assertTrue(s.share() < 0.1, s.toString());
      }
    }
    assertTrue(third.copyRatio() < 0.2, "copy ratio " + third.copyRatio());
  }

  @Test
  void aReportAloneInItsArchiveHasNothingCopied() {
    InMemoryCopySource alone = new InMemoryCopySource();
    Fingerprint f = new Fingerprinter(SETTINGS).fingerprint(page.get(2));
    alone.add(f);
    CopyReport r = new CopyDetector(SETTINGS).check(f, alone);
    assertEquals(0.0, r.copyRatio());
    assertTrue(r.sources().isEmpty() && r.passages().isEmpty());
  }
}
