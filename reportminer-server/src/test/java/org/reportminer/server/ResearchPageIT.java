package org.reportminer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reportminer.engine.Archive;
import org.reportminer.index.IndexLayout;

/**
 * The research views in headless Chromium over the fixture index: the timeline chart and a drag
 * across it setting the date range, two queries compared, the concordance sorted by its left and
 * right context, the entity page with its ranked partners and co-occurrence graph reached by
 * clicking an entity in a report, links that reproduce each view when opened, and hostile titles,
 * contexts and entity names shown as text. With the system property {@code
 * reportminer.screenshots} (a directory; {@code mvn -B verify -Dscreenshots=DIR} sets it) it saves screenshot-timeline.png,
 * screenshot-concordance.png and screenshot-entity.png there; a plain build saves nothing.
 */
class ResearchPageIT {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  @TempDir static Path dir;
  static Archive engine;
  static ReportServer server;
  static ChromeDriverService service;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    for (String bin : List.of(CHROMIUM, CHROMEDRIVER)) {
      assertTrue(Files.isExecutable(Path.of(bin)), bin + " is missing: the browser tests need"
          + " Debian's chromium and chromium-driver (scripts/install-chromium.sh installs them)");
    }
    CompletableFuture<ChromeDriver> started = CompletableFuture.supplyAsync(ResearchPageIT::browser);
    IndexLayout layout = FixtureIndex.build(dir.resolve("index"));
    engine = Archive.open(layout, FixtureIndex.SCHEMA, FixtureIndex.DEDUP);
    server = ReportServer.start(ServerConfig.local(layout, 0), engine,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    browser = started.get();
    browser.manage().window().setSize(new Dimension(1280, 900));
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
  }

  static ChromeDriver browser() {
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,900", "--lang=zh-CN",
        "--user-data-dir=" + dir.resolve("chromium-profile"));
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (browser != null) {
        browser.quit();
      }
      if (service != null) {
        service.stop();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (engine != null) {
        engine.close();
      }
    }
  }

  @BeforeEach
  void freshPage() {
    browser.get(server.url() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intro")));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Opens {@code hash} as a pasted link: a fresh load of the page at that URL. */
  void open(String hash) {
    browser.get(server.url() + "/" + hash);
  }

  Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).collect(Collectors.toList());
  }

  String hash() {
    return (String) js("return decodeURIComponent(location.hash);");
  }

  WebElement bar(String bucket, int series) {
    return browser.findElement(By.cssSelector("#views-view svg.chart rect.bar[data-bucket='"
        + bucket + "'][data-series='" + series + "']"));
  }

  @Test
  void timelineDrawsMonthlyBarsAndADragSetsTheDateRange() throws IOException {
    open("#/timeline?q=" + enc("知识产权") + "&by=month");
    wait.until(d -> d.findElements(By.cssSelector("svg.chart rect.bar")).size() == 7);
    // training 2022-11, the week 2023-04, the hostile report 2023-05; the months between are empty
    assertEquals("1", bar("2022-11", 0).getAttribute("data-count"));
    assertEquals("0", bar("2023-01", 0).getAttribute("data-count"));
    assertEquals("1", bar("2023-04", 0).getAttribute("data-count"));
    assertTrue(browser.findElement(By.cssSelector("#views-view .view-status")).getText()
        .contains("知识产权 3 篇"));
    saveScreenshot("screenshot-timeline.png");

    new Actions(browser).clickAndHold(bar("2022-11", 0)).moveToElement(bar("2023-04", 0))
        .release().perform();
    wait.until(d -> hash().contains("from=2022-11"));
    assertTrue(hash().contains("to=2023-04"), hash());
    wait.until(d -> d.findElements(By.cssSelector("svg.chart rect.bar")).size() == 6);
    assertTrue(browser.findElements(By.cssSelector("rect.bar[data-bucket='2023-05']")).isEmpty(),
        "the range leaves May out");
    WebElement kwic = browser.findElement(By.cssSelector("#timeline-range a.range-kwic"));
    String href = java.net.URLDecoder.decode(kwic.getAttribute("href"), StandardCharsets.UTF_8);
    assertTrue(href.contains("#/kwic?q=知识产权") && href.contains("from=2022-11")
        && href.contains("to=2023-04"), href);

    // the concordance of the phrase in that range, by clicking
    kwic.click();
    wait.until(d -> d.findElements(By.cssSelector("#kwic-table tr.kwic-line")).size() > 0);
    List<String> dates = texts(browser.findElements(By.cssSelector("#kwic-table td.source .hit-meta")));
    assertTrue(dates.stream().noneMatch(s -> s.contains("2023-05")), dates.toString());
  }

  @Test
  void twoQueriesShareOneChartWithALegend() {
    open("#/timeline?q=" + enc("知识产权") + "&q=" + enc("全民健身"));
    wait.until(d -> d.findElements(By.cssSelector("svg.chart rect.bar")).size() == 4);
    assertEquals(List.of("知识产权", "全民健身"),
        texts(browser.findElements(By.cssSelector(".chart-legend .legend-item"))));
    assertEquals("2", bar("2023", 0).getAttribute("data-count"));
    assertEquals("1", bar("2022", 1).getAttribute("data-count"));
    assertEquals("知识产权 | 全民健身",
        browser.findElement(By.id("timeline-q")).getAttribute("value"));
  }

  @Test
  void searchLinksToItsTimelineAndConcordance() {
    browser.findElement(By.id("q")).sendKeys("知识产权\n");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("to-timeline")));
    browser.findElement(By.id("to-timeline")).click();
    wait.until(d -> d.findElements(By.cssSelector("svg.chart rect.bar")).size() == 2);
    browser.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("to-kwic")));
    browser.findElement(By.id("to-kwic")).click();
    wait.until(d -> d.findElements(By.cssSelector("#kwic-table tr.kwic-line")).size() > 3);
    assertEquals(List.of("知识产权"), texts(browser.findElements(
        By.cssSelector("#kwic-table td.match mark"))).stream().distinct().toList());
  }

  @Test
  @SuppressWarnings("unchecked")
  void concordanceSortsByLeftAndRightNeighbours() throws IOException {
    open("#/kwic?q=" + enc("知识产权") + "&width=6");
    wait.until(d -> d.findElements(By.cssSelector("#kwic-table tr.kwic-line")).size() > 5);
    int lines = browser.findElements(By.cssSelector("#kwic-table tr.kwic-line")).size();

    browser.findElement(By.cssSelector("#kwic-table th a.th-sort[href*='sort=left']")).click();
    wait.until(d -> hash().contains("sort=left")
        && d.findElement(By.cssSelector(".kwic-sort a.sort-left")).getAttribute("aria-current") != null);
    List<String> left = leftKeys();
    assertEquals(lines, left.size());
    assertEquals(left.stream().sorted().toList(), left, "sorted by the nearest left character first");
    saveScreenshot("screenshot-concordance.png");

    browser.findElement(By.cssSelector("#kwic-table th a.th-sort[href*='sort=right']")).click();
    wait.until(d -> hash().contains("sort=right")
        && d.findElement(By.cssSelector(".kwic-sort a.sort-right")).getAttribute("aria-current") != null);
    List<String> right = (List<String>) js("return [...document.querySelectorAll('#kwic-table td.right')]"
        + ".map(td => td.textContent);");
    assertEquals(right.stream().sorted().toList(), right);

    // a pasted link reproduces the sorted view
    String url = browser.getCurrentUrl();
    browser.get(server.url() + "/");
    browser.get(url);
    wait.until(d -> d.findElements(By.cssSelector("#kwic-table tr.kwic-line")).size() == lines);
    assertEquals(right, js("return [...document.querySelectorAll('#kwic-table td.right')]"
        + ".map(td => td.textContent);"));
  }

  @SuppressWarnings("unchecked")
  List<String> leftKeys() {
    return (List<String>) js("return [...document.querySelectorAll('#kwic-table td.left')]"
        + ".map(td => [...td.textContent].reverse().join(''));");
  }

  @Test
  void clickingAnEntityInAReportOpensItsPageWithPartnersAndAGraph() throws IOException {
    open("#/report/" + FixtureIndex.SPORTS.report().id());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-text mark.ent-org")));
    browser.findElement(By.cssSelector("#report-text mark.ent-org")).click();
    wait.until(d -> d.findElements(By.cssSelector("#entity-graph g.node")).size() == 3);
    assertEquals("区文化体育局", browser.findElement(By.cssSelector(".entity-title .name")).getText());
    assertTrue(browser.findElement(By.cssSelector("#views-view .view-status")).getText()
        .startsWith("出现在 2 篇报告中"));
    assertEquals(List.of("体育中心"), texts(browser.findElements(
        By.cssSelector(".assoc[data-kind=place] li a"))));
    assertEquals(List.of("全民健身"), texts(browser.findElements(
        By.cssSelector(".assoc[data-kind=theme] li a"))));
    assertEquals(3, browser.findElements(By.cssSelector("#entity-graph line.edge")).size());
    assertEquals(2, browser.findElements(By.cssSelector("svg.chart rect.bar")).size(),
        "a bar per year: 2022 and 2023");
    saveScreenshot("screenshot-entity.png");

    // the partner's own page, from the graph
    browser.findElement(By.cssSelector("#entity-graph g.node[data-name='体育中心'] circle")).click();
    wait.until(d -> hash().contains("type=place&name=体育中心"));
    wait.until(d -> d.findElement(By.cssSelector(".entity-title .name")).getText().equals("体育中心"));
    wait.until(d -> d.findElement(By.cssSelector("#views-view .view-status")).getText()
        .startsWith("出现在 2 篇报告中"));

    // the sidebar's entity buttons open the page too
    open("#/report/" + FixtureIndex.WEEK.report().id());
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".entity-lists button.ent-person")));
    browser.findElement(By.cssSelector(".entity-lists button.ent-person")).click();
    wait.until(d -> hash().equals("#/entity?type=person&name=王丽"));
  }

  @Test
  void hostileTitlesContextsAndEntityNamesShowAsText() {
    open("#/kwic?q=" + enc("侵权案件") + "&width=40");
    wait.until(d -> d.findElements(By.cssSelector("#kwic-table tr.kwic-line")).size() == 1);
    String row = browser.findElement(By.cssSelector("#kwic-table tr.kwic-line")).getText();
    assertTrue(row.contains(FixtureIndex.SCRIPT), row);
    assertTrue(row.contains(FixtureIndex.HOSTILE.report().title()), row);
    assertNoInjectedMarkup();

    open("#/entity?type=organization&name=" + enc(FixtureIndex.EVIL_ORG) + "&minCount=1");
    wait.until(d -> d.findElements(By.cssSelector("#entity-graph g.node")).size() >= 2);
    assertEquals(FixtureIndex.EVIL_ORG,
        browser.findElement(By.cssSelector(".entity-title .name")).getText());
    String graph = (String) js("return document.getElementById('entity-graph').textContent;");
    assertTrue(graph.contains("<svg onload=\"window.__xss=4\">主题</svg>"), graph);
    assertTrue(browser.findElement(By.cssSelector(".recent")).getText()
        .contains(FixtureIndex.HOSTILE.report().title()));
    assertNoInjectedMarkup();

    open("#/timeline?q=" + enc(FixtureIndex.IMG));
    wait.until(d -> !d.findElement(By.cssSelector("#views-view .view-status")).getText().isEmpty()
        && !d.findElement(By.cssSelector("#views-view .view-status")).getText().startsWith("正在"));
    assertNoInjectedMarkup();
  }

  void assertNoInjectedMarkup() {
    assertTrue(browser.findElements(By.cssSelector("#views-view img, #views-view script, "
        + "#views-view i, #views-view b, #views-view [onload], #views-view [onerror], "
        + "#views-view [onmouseover], #injected")).isEmpty());
    assertNull(js("return window.__xss === undefined ? null : String(window.__xss);"),
        "no payload ran");
    assertEquals(1L, js("return document.scripts.length;"), "only the page's own script");
  }

  /** Saves a screenshot into the directory named by reportminer.screenshots, if given. */
  private void saveScreenshot(String name) throws IOException {
    String target = System.getProperty("reportminer.screenshots");
    if (target == null || target.isBlank()) {
      return;
    }
    Path out = Path.of(target).resolve(name);
    Files.createDirectories(out.getParent());
    Files.write(out, browser.getScreenshotAs(OutputType.BYTES)); // a new file's usual mode
  }
}
