package org.reportminer.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportminer.model.Report;

/**
 * Measures duplicate and copy detection on generated ground truth ({@link CopyCaseGenerator}):
 *
 * <ul>
 *   <li>document level: precision and recall of near-duplicate pairs, against the exact-hash
 *       baseline (only identical normalized texts);
 *   <li>character level, PAN style (Potthast et al., 2010): precision and recall of the copied
 *       characters of the suspicious reports, counted only when attributed to the right source,
 *       granularity (detections per detected true passage) and plagdet = F1 / log2(1 +
 *       granularity), against a sentence-matching baseline (a sentence counts as copied when its
 *       normalized form occurs in another report).
 * </ul>
 *
 * Not thread-safe; one evaluation per instance.
 */
public final class DedupEvaluation {

  /** Precision, recall and F1 of one method. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(long tp, long predicted, long gold) {
      double p = predicted == 0 ? 0 : tp / (double) predicted;
      double r = gold == 0 ? 0 : tp / (double) gold;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** Character-level figures. */
  public record CharLevel(Prf prf, double granularity, double plagdet) {}

  /** Everything measured. */
  public record Result(
      int reports,
      int cases,
      Prf nearDuplicates,
      Prf exactHashBaseline,
      CharLevel passages,
      CharLevel sentenceBaseline) {}

  private final DedupSettings settings;

  public DedupEvaluation(DedupSettings settings) {
    this.settings = settings;
  }

  /** Generates an archive with {@code seed} and evaluates on it. */
  public Result run(long seed, int originals, int nearDuplicates, int partialCopies, int unrelated) {
    CopyCaseGenerator.Archive archive =
        new CopyCaseGenerator(seed).generate(originals, nearDuplicates, partialCopies, unrelated);
    return evaluate(archive);
  }

  /** Evaluates on a generated archive. */
  public Result evaluate(CopyCaseGenerator.Archive archive) {
    Fingerprinter fingerprinter = new Fingerprinter(settings);
    NearDuplicateFinder finder = new NearDuplicateFinder(settings);
    InMemoryCopySource source = new InMemoryCopySource();
    Set<String> predictedPairs = new HashSet<>();
    Map<String, List<String>> byExactHash = new HashMap<>();
    for (Report r : archive.all()) {
      Fingerprint f = fingerprinter.fingerprint(r);
      source.add(f);
      for (NearDuplicateFinder.Pair p : finder.add(f)) {
        predictedPairs.add(pairKey(p.a(), p.b()));
      }
      byExactHash.computeIfAbsent(f.exactHash(), h -> new ArrayList<>()).add(r.id());
    }
    Set<String> goldPairs = new HashSet<>();
    for (CopyCaseGenerator.Case c : archive.cases()) {
      if (c.kind().equals("NEAR_DUPLICATE")) {
        goldPairs.add(pairKey(c.sourceId(), c.report().id()));
      }
    }
    Set<String> exactPairs = new HashSet<>();
    for (List<String> ids : byExactHash.values()) {
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          exactPairs.add(pairKey(ids.get(i), ids.get(j)));
        }
      }
    }
    CopyDetector detector = new CopyDetector(settings);
    CharCounter ours = new CharCounter();
    CharCounter baseline = new CharCounter();
    SentenceIndex sentences = new SentenceIndex(archive.all(), fingerprinter);
    for (CopyCaseGenerator.Case c : archive.cases()) {
      CopyReport report = detector.check(source.fingerprint(c.report().id()), source);
      List<Detection> detections = new ArrayList<>();
      for (CopyReport.CopiedPassage p : report.passages()) {
        detections.add(new Detection(p.sourceId(), p.start(), p.end()));
      }
      ours.add(c, withoutStock(detections, report.stockPhrases()));
      baseline.add(c, sentences.detections(c.report()));
    }
    return new Result(
        archive.all().size(),
        archive.cases().size(),
        prf(predictedPairs, goldPairs),
        prf(exactPairs, goldPairs),
        ours.result(),
        baseline.result());
  }

  /** Passage chars inside stock phrases are not counted as copied (as in the copy ratio). */
  private static List<Detection> withoutStock(
      List<Detection> detections, List<CopyReport.StockPhrase> stock) {
    List<Detection> out = new ArrayList<>();
    for (Detection d : detections) {
      int pos = d.start();
      for (CopyReport.StockPhrase s : stock) {
        if (s.end() <= pos || s.start() >= d.end()) {
          continue;
        }
        if (s.start() > pos) {
          out.add(new Detection(d.sourceId(), pos, s.start()));
        }
        pos = Math.max(pos, s.end());
      }
      if (pos < d.end()) {
        out.add(new Detection(d.sourceId(), pos, d.end()));
      }
    }
    return out;
  }

  private static Prf prf(Set<String> predicted, Set<String> gold) {
    long tp = predicted.stream().filter(gold::contains).count();
    return Prf.of(tp, predicted.size(), gold.size());
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  /** A detected span of a suspicious report attributed to a source. */
  record Detection(String sourceId, int start, int end) {}

  /** Accumulates PAN-style character counts over suspicious reports. */
  private static final class CharCounter {
    long detected;
    long truth;
    long correct;
    long detectedCases;
    long detectionsOnCases;

    void add(CopyCaseGenerator.Case c, List<Detection> detections) {
      int n = c.report().text().length();
      String[] truthSource = new String[n];
      for (CopyCaseGenerator.TruePassage t : c.truth()) {
        for (int i = t.start(); i < t.end(); i++) {
          truthSource[i] = t.sourceId();
        }
      }
      String[] detectedSource = new String[n];
      for (Detection d : detections) {
        for (int i = d.start(); i < d.end(); i++) {
          if (detectedSource[i] == null) {
            detectedSource[i] = d.sourceId();
          }
        }
      }
      String text = c.report().text();
      for (int i = 0; i < n; i++) {
        if (!counts(text.charAt(i))) {
          continue;
        }
        truth += truthSource[i] != null ? 1 : 0;
        detected += detectedSource[i] != null ? 1 : 0;
        correct += truthSource[i] != null && truthSource[i].equals(detectedSource[i]) ? 1 : 0;
      }
      for (CopyCaseGenerator.TruePassage t : c.truth()) {
        int overlapping = 0;
        for (Detection d : detections) {
          if (d.sourceId().equals(t.sourceId()) && d.start() < t.end() && d.end() > t.start()) {
            overlapping++;
          }
        }
        if (overlapping > 0) {
          detectedCases++;
          detectionsOnCases += overlapping;
        }
      }
    }

    /** Whitespace and punctuation are not counted (the normalized text drops them too). */
    private static boolean counts(char c) {
      return Character.isLetterOrDigit(c);
    }

    CharLevel result() {
      Prf prf = Prf.of(correct, detected, truth);
      double granularity = detectedCases == 0 ? 1 : detectionsOnCases / (double) detectedCases;
      return new CharLevel(prf, granularity, prf.f1() / (Math.log(1 + granularity) / Math.log(2)));
    }
  }

  /** The baseline: exact normalized sentences looked up in every other report. */
  private static final class SentenceIndex {
    private final Map<String, List<String>> reportsBySentence = new HashMap<>();
    private final TextNormalizer normalizer = new TextNormalizer();

    SentenceIndex(List<Report> reports, Fingerprinter unused) {
      for (Report r : reports) {
        for (int[] s : sentences(r.text())) {
          String key = normalizer.normalize(r.text().substring(s[0], s[1])).text();
          if (key.length() >= 5) {
            reportsBySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(r.id());
          }
        }
      }
    }

    List<Detection> detections(Report r) {
      List<Detection> out = new ArrayList<>();
      for (int[] s : sentences(r.text())) {
        String key = normalizer.normalize(r.text().substring(s[0], s[1])).text();
        for (String id : reportsBySentence.getOrDefault(key, List.of())) {
          if (!id.equals(r.id())) {
            out.add(new Detection(id, s[0], s[1]));
            break;
          }
        }
      }
      return out;
    }

    private static List<int[]> sentences(String text) {
      List<int[]> out = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '；' || c == ';') {
          if (i + 1 - start > 1) {
            out.add(new int[] {start, i + 1});
          }
          start = i + 1;
        }
      }
      if (start < text.length()) {
        out.add(new int[] {start, text.length()});
      }
      return out;
    }
  }

  /** The figures as a Markdown section. */
  public static String markdown(Result r, String command) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "Generated ground truth: %d reports, %d of them suspicious (near-duplicates, partial copies, unrelated). Command: `%s`%n%n",
        r.reports(), r.cases(), command));
    sb.append("| level | method | precision | recall | F1 | granularity | plagdet |\n|---|---|---:|---:|---:|---:|---:|\n");
    row(sb, "document (near-duplicate pairs)", "**MinHash/LSH + Jaccard**", r.nearDuplicates(), null);
    row(sb, "document (near-duplicate pairs)", "exact hash of normalized text", r.exactHashBaseline(), null);
    row(sb, "character (copied passages)", "**winnowing + extension**", r.passages().prf(), r.passages());
    row(sb, "character (copied passages)", "exact sentence matching", r.sentenceBaseline().prf(), r.sentenceBaseline());
    return sb.toString();
  }

  private static void row(StringBuilder sb, String level, String method, Prf p, CharLevel c) {
    sb.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %s | %s |%n",
        level, method, p.precision(), p.recall(), p.f1(),
        c == null ? "–" : String.format(Locale.ROOT, "%.3f", c.granularity()),
        c == null ? "–" : String.format(Locale.ROOT, "%.3f", c.plagdet())));
  }
}
