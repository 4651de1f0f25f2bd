package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.Failure;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/** A run goes on past bad and hanging documents and keeps the input order. */
class ExtractionRunTest {
  private final Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS);

  static RawDocument html(String name, String title) {
    return RawDocument.ofBytes(name, null, null, ("<html><head><meta charset=\"utf-8\"><title>" + title
        + "</title></head><body><h1>" + title + "</h1><p>全年共举办培训班十二期，培训干部职工六百余人次，取得了良好效果。</p></body></html>")
        .getBytes(StandardCharsets.UTF_8));
  }

  /** A document whose stream never delivers a byte until interrupted. */
  static RawDocument hanging(String name, CountDownLatch started) {
    return new RawDocument(name, null, null, -1, () -> new InputStream() {
      @Override
      public int read() throws IOException {
        started.countDown();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          throw new IOException("interrupted");
        }
        return -1;
      }
    });
  }

  @Test
  void failuresAndTimeoutsDoNotStopTheRun() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    List<RawDocument> docs = List.of(
        html("a.html", "甲单位工作总结"),
        RawDocument.ofBytes("empty.html", null, null, new byte[0]),
        hanging("slow.html", started),
        html("b.html", "乙单位工作总结"));
    InputSources.Inputs inputs = new InputSources.Inputs(docs, List.of(new Failure("gone.html", null, Failure.Stage.READ, "no such file or directory")));
    List<Report> reports = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    long t0 = System.nanoTime();
    ExtractionRun.Summary s = new ExtractionRun(extractor, new ExtractionRun.Settings(Duration.ofMillis(800), 2, true))
        .run(inputs, reports::add, failures::add);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(List.of("甲单位工作总结", "乙单位工作总结"), reports.stream().map(Report::title).toList());
    assertEquals(List.of("gone.html", "empty.html", "slow.html"), failures.stream().map(Failure::path).toList());
    assertEquals("empty file", failures.get(1).reason());
    assertTrue(failures.get(2).reason().startsWith("time limit of 800 ms exceeded"), failures.get(2).reason());
    assertEquals(new ExtractionRun.Summary(4, 2, 2, 3), s);
    assertTrue(ms < 30_000, "the hanging document cost its time limit, not the sleep: " + ms + " ms");
  }

  @Test
  void pagesComeBackInInputOrder() throws Exception {
    List<RawDocument> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      docs.add(html("d" + i + ".html", "第" + i + "号单位工作总结"));
    }
    List<Outcome> out = new ExtractionRun(extractor, new ExtractionRun.Settings(Duration.ofSeconds(30), 3, false)).pages(docs);
    for (int i = 0; i < 12; i++) {
      Outcome.Extracted e = assertInstanceOf(Outcome.Extracted.class, out.get(i));
      assertEquals("第" + i + "号单位工作总结", e.page().title());
    }
  }
}
