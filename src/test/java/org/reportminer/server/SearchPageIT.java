package org.reportminer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reportminer.index.IndexLayout;
import org.reportminer.search.SearchEngine;

/**
 * The web page end to end in headless Chromium (Debian's chromium and chromedriver, installed by
 * scripts/install-chromium.sh before this runs): search, highlighted snippets, facet filters,
 * the report view with its entities marked and its 查重 summary, the side-by-side copy view
 * under its own policy, collapsing near-duplicates, keyboard use, error messages, and hostile
 * reports whose markup must show as text without running. Writes the screenshot of a search to the path
 * in the system property {@code reportminer.screenshot}, when it is given, and one of the copy view
 * beside it (screenshot-copycheck.png); a plain build writes none.
 */
class SearchPageIT {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  @TempDir static Path dir;
  static SearchEngine engine;
  static IndexCopyChecks copyChecks;
  static ReportServer server;
  static ChromeDriverService service;
  static ChromeDriver browser;
  static CompletableFuture<ChromeDriver> started;
  static WebDriverWait wait;
  static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

  @BeforeAll
  static void start() throws Exception {
    for (String bin : List.of(CHROMIUM, CHROMEDRIVER)) {
      assertTrue(Files.isExecutable(Path.of(bin)), bin + " is missing: the browser tests need"
          + " Debian's chromium and chromium-driver (scripts/install-chromium.sh installs them)");
    }
    // Chromium starts while the index is built (HanLP loading dominates both).
    started = CompletableFuture.supplyAsync(SearchPageIT::browser);
    IndexLayout layout = FixtureIndex.build(dir.resolve("index"));
    engine = SearchEngine.open(layout, FixtureIndex.SCHEMA);
    copyChecks = IndexCopyChecks.open(layout, FixtureIndex.DEDUP).orElseThrow();
    server = ReportServer.start(ServerConfig.local(layout, 0), engine,
        Optional.of(copyChecks), new PrintStream(LOG, true, StandardCharsets.UTF_8));
    browser = started.get();
    browser.manage().window().setSize(new Dimension(1280, 900));
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    // A condition may read an element the page has just replaced: look again.
    wait.ignoring(StaleElementReferenceException.class);
  }

  static ChromeDriver browser() {
    // The driver and browser are given by path, so Selenium Manager has nothing to look up.
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
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
      if (browser == null && started != null) {
        started.thenAccept(ChromeDriver::quit); // the index build failed first
      }
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
      if (copyChecks != null) {
        copyChecks.close();
      }
    }
  }

  @BeforeEach
  void freshPage() {
    browser.get(server.url() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intro")));
  }

  void search(String query) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(query, Keys.ENTER);
  }

  List<WebElement> waitForHits(int atLeast) {
    wait.until(d -> d.findElements(By.cssSelector("#results li.hit")).size() >= atLeast);
    return browser.findElements(By.cssSelector("#results li.hit"));
  }

  static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).collect(Collectors.toList());
  }

  Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  @Test
  void searchShowsHitsWithHighlightedSnippetsAndFacetCounts() throws IOException {
    search("全民健身运动会");
    waitForHits(2);
    assertEquals(2, browser.findElements(By.cssSelector("#results li.hit:not(.partial)")).size());
    assertTrue(browser.findElement(By.id("status")).getText().startsWith("找到 2 篇报告"));
    List<String> titles = texts(browser.findElements(By.cssSelector("#results .hit-title")));
    assertTrue(titles.contains(FixtureIndex.SPORTS.report().title()), titles.toString());
    List<String> marks = texts(browser.findElements(By.cssSelector("#results .snippet mark.hit-mark")));
    assertFalse(marks.isEmpty(), "snippets have their hits marked");
    for (String m : marks) {
      assertTrue("全民健身运动会".contains(m), "marked \"" + m + "\"");
    }
    WebElement org = browser.findElement(By.cssSelector(
        "section[data-facet=organization] button[data-value='区文化体育局']"));
    assertEquals("2", org.findElement(By.className("count")).getText());
    assertTrue(browser.getCurrentUrl().contains("#/search?q="), "the search is in the URL");

    browser.findElement(By.cssSelector("#results li[data-id='" + FixtureIndex.SPORTS.report().id()
        + "'] a.similar-link")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "相似的"));
    List<WebElement> similar = waitForHits(1);
    assertEquals(FixtureIndex.SPORTS_COPY.report().id(), similar.get(0).getAttribute("data-id"));
    assertTrue(browser.findElements(By.cssSelector("#results li[data-id='"
        + FixtureIndex.SPORTS.report().id() + "']")).isEmpty(), "not similar to itself");
  }

  @Test
  void facetClickFiltersAndTheChipRemovesTheFilter() throws IOException {
    search("知识产权");
    waitForHits(3);
    assertTrue(browser.findElement(By.id("export")).getAttribute("href")
        .contains("/api/export.csv?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83"));
    assertFalse(browser.findElement(By.id("intro")).isDisplayed());
    saveScreenshot();
    browser.findElement(By.cssSelector("section[data-facet=place] button[data-value='深圳市']"))
        .click();
    wait.until(d -> d.findElements(By.cssSelector("#results li.hit:not(.partial)")).size() == 1
        && d.findElements(By.cssSelector("#active-filters .chip")).size() == 1);
    assertEquals(FixtureIndex.TRAINING.report().id(),
        browser.findElement(By.cssSelector("#results li.hit")).getAttribute("data-id"));
    assertEquals("true", browser.findElement(By.cssSelector(
        "section[data-facet=place] button[data-value='深圳市']")).getAttribute("aria-pressed"));
    browser.findElement(By.cssSelector("#active-filters .chip")).click();
    wait.until(d -> d.findElements(By.cssSelector("#active-filters .chip")).isEmpty());
    waitForHits(3);
  }

  @Test
  void reportViewMarksEntitiesByTypeWithALegendAndSimilarReports() {
    search("知识产权宣传周");
    waitForHits(1);
    browser.findElement(By.cssSelector("#results li[data-id='" + FixtureIndex.WEEK.report().id()
        + "'] .hit-title")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-text mark")));
    assertEquals(FixtureIndex.WEEK.report().title(),
        browser.findElement(By.cssSelector("#report-view h1")).getText());
    assertEquals(List.of("市知识产权局", "市知识产权局"),
        texts(browser.findElements(By.cssSelector("#report-text mark.ent-org"))));
    assertEquals(List.of("王丽"), texts(browser.findElements(By.cssSelector("#report-text mark.ent-person"))));
    assertEquals(List.of("定州市", "中山广场"),
        texts(browser.findElements(By.cssSelector("#report-text mark.ent-place"))));
    assertEquals(List.of("4月24日", "4月26日"),
        texts(browser.findElements(By.cssSelector("#report-text mark.ent-date"))));
    assertEquals(List.of("1000余份", "300余人次", "20名"),
        texts(browser.findElements(By.cssSelector("#report-text mark.ent-num"))));
    assertEquals(List.of("机构", "人物", "地点", "日期", "数字"),
        texts(browser.findElements(By.cssSelector(".legend mark"))));
    assertEquals(3, browser.findElements(By.cssSelector("#report-text p")).size(),
        "one paragraph per line of the text");
    String colourOrg = browser.findElement(By.cssSelector("#report-text mark.ent-org"))
        .getCssValue("background-color");
    String colourNum = browser.findElement(By.cssSelector("#report-text mark.ent-num"))
        .getCssValue("background-color");
    assertFalse(colourOrg.equals(colourNum), "types have different colours");
    wait.until(d -> !d.findElements(By.cssSelector(".similar ol li a")).isEmpty());
    assertTrue(texts(browser.findElements(By.cssSelector(".similar ol li a")))
        .contains(FixtureIndex.TRAINING.report().title()));

    browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-view")));
    waitForHits(1);
    browser.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("q", browser.switchTo().activeElement().getAttribute("id"), "/ focuses the box");
  }

  @Test
  void hostileReportsShowTheirMarkupAsTextAndRunNothing() {
    search("侵权案件");
    waitForHits(1);
    WebElement hit = browser.findElement(By.cssSelector("#results li[data-id='"
        + FixtureIndex.HOSTILE.report().id() + "']"));
    assertEquals(FixtureIndex.HOSTILE.report().title(),
        hit.findElement(By.className("hit-title")).getText());
    assertTrue(browser.findElements(By.cssSelector("#results img, #results script, #results i, "
        + "#results b, #results svg, #sidebar img, #sidebar i, #sidebar svg")).isEmpty());
    assertTrue(browser.findElement(By.id("facets")).getText().contains(FixtureIndex.EVIL_ORG));

    hit.findElement(By.className("hit-title")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-text mark")));
    String shown = browser.findElement(By.id("report-text")).getText();
    assertTrue(shown.contains(FixtureIndex.SCRIPT), shown);
    assertTrue(shown.contains(FixtureIndex.IMG), shown);
    assertTrue(shown.contains(FixtureIndex.CLOSE_MARK), shown);
    assertTrue(browser.findElements(By.cssSelector("#report-view img, #report-view script, "
        + "#report-view b, #report-view i, #report-view svg, #injected")).isEmpty());
    assertEquals(List.of(FixtureIndex.EVIL_ORG), texts(
        browser.findElements(By.cssSelector("#report-text mark.ent-org"))),
        "an entity with markup in its name is marked as text, by offsets");
    assertEquals(FixtureIndex.HOSTILE.report().title(),
        browser.findElement(By.cssSelector("#report-view h1")).getText());
    new org.openqa.selenium.interactions.Actions(browser)
        .moveToElement(browser.findElement(By.cssSelector("#report-text mark.ent-org"))).perform();
    assertNull(js("return window.__xss === undefined ? null : String(window.__xss);"),
        "no payload ran");
    assertEquals(1L, js("return document.scripts.length;"), "only the page's own script");
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
  }

  @Test
  void reportViewSummarisesTheCopyCheckAndLinksToTheSideBySideView() throws IOException {
    browser.get(server.url() + "/#/report/" + FixtureIndex.SPORTS.report().id());
    WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#report-view section.copycheck")));
    String summary = box.getText();
    assertTrue(summary.startsWith("查重"), summary);
    String ratio = box.findElement(By.cssSelector("dd")).getText();
    assertTrue(ratio.matches("\\d+\\.\\d%") && Double.parseDouble(ratio.replace("%", "")) > 50,
        "the re-post makes most of it copied: " + ratio);
    assertEquals(List.of(FixtureIndex.SPORTS_COPY.report().title()),
        texts(box.findElements(By.cssSelector(".copy-sources a"))));

    box.findElement(By.cssSelector("a.copycheck-link")).click();
    wait.until(ExpectedConditions.urlContains("/copycheck/" + FixtureIndex.SPORTS.report().id()));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pair mark")));
    assertEquals(FixtureIndex.SPORTS.report().title(), browser.findElement(By.tagName("h1")).getText());
    List<WebElement> columns = browser.findElements(By.cssSelector(".pair .cols > div"));
    assertEquals(2, columns.size(), "the report and its source side by side");
    assertEquals(FixtureIndex.SPORTS_COPY.report().title(),
        columns.get(1).findElement(By.tagName("h3")).getText());
    for (WebElement column : columns) {
      List<String> marked = texts(column.findElements(By.cssSelector("mark.s0")));
      assertTrue(String.join("", marked).contains("运动会期间，各街道代表队积极参赛"),
          "shared passage marked in both columns: " + marked);
    }
    assertEquals("grid", browser.findElement(By.cssSelector(".pair .cols")).getCssValue("display"),
        "its inline style applies under the copy view's policy");
    assertFalse(browser.findElement(By.cssSelector("mark.s0")).getCssValue("background-color")
        .equals(browser.findElement(By.tagName("body")).getCssValue("background-color")));
    saveScreenshot("screenshot-copycheck.png");
    browser.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-view h1")));
  }

  @Test
  void copyViewOfAHostileReportShowsItsMarkupAsTextAndRunsNothing() {
    browser.get(server.url() + "/#/report/" + FixtureIndex.HOSTILE.report().id());
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#report-view section.copycheck a.copycheck-link"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pair mark")));
    assertEquals(FixtureIndex.HOSTILE.report().title(), browser.findElement(By.tagName("h1")).getText());
    String page = browser.findElement(By.tagName("body")).getText();
    for (String payload : List.of(FixtureIndex.SCRIPT, FixtureIndex.IMG, FixtureIndex.CLOSE_MARK,
        FixtureIndex.EVIL_ORG, FixtureIndex.HOSTILE_REPOST.report().title())) {
      assertTrue(page.contains(payload), "shown as text: " + payload);
    }
    String marked = String.join("", texts(browser.findElements(By.cssSelector("mark.s0"))));
    assertTrue(marked.contains(FixtureIndex.IMG), "the copied passage with its payload is marked");
    assertTrue(browser.findElements(By.cssSelector(
        "img, script, i, svg, #injected, h1 b, h2 b, h3 b, .text b, .sources b")).isEmpty());
    assertEquals(0L, js("return document.scripts.length;"), "the copy view has no script at all");
    assertNull(js("return window.__xss === undefined ? null : String(window.__xss);"),
        "no payload ran");
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
  }

  @Test
  void collapseCheckboxFoldsNearDuplicatesIntoOneHit() {
    search("全民健身运动会");
    waitForHits(2);
    WebElement collapse = browser.findElement(By.id("collapse"));
    assertFalse(collapse.isSelected());
    collapse.click();
    wait.until(d -> d.getCurrentUrl().contains("collapse=1")
        && d.findElements(By.cssSelector("#results li.hit:not(.partial)")).size() == 1);
    assertTrue(browser.findElement(By.id("status")).getText().contains("近似重复已合并"));
    assertTrue(browser.findElement(By.id("export")).getAttribute("href").contains("collapse=1"));
    browser.navigate().refresh();
    wait.until(d -> d.findElements(By.cssSelector("#results li.hit:not(.partial)")).size() == 1);
    assertTrue(browser.findElement(By.id("collapse")).isSelected(), "the state is in the URL");
    browser.findElement(By.id("collapse")).click();
    wait.until(d -> !d.getCurrentUrl().contains("collapse")
        && d.findElements(By.cssSelector("#results li.hit:not(.partial)")).size() == 2);
  }

  @Test
  void badQueriesShowTheServersMessage() {
    search("\"知识产权");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.error")));
    assertTrue(browser.findElement(By.id("status")).getText().contains("unbalanced quotes"));
    assertTrue(browser.findElements(By.cssSelector("#results li")).isEmpty());
    search("知识产权");
    waitForHits(3);
    assertFalse(browser.findElement(By.id("status")).getAttribute("class").contains("error"));
  }

  @Test
  void aLinkWithAQueryStringOpensThatSearch() {
    // a link someone pastes, /?q=…, not the page's own #/search?q=… form
    browser.get(server.url() + "/?q=" + java.net.URLEncoder.encode("全民健身运动会",
        StandardCharsets.UTF_8) + "&partial=false");
    waitForHits(2);
    assertEquals(2, browser.findElements(By.cssSelector("#results li.hit")).size());
    assertEquals("全民健身运动会", browser.findElement(By.id("q")).getAttribute("value"));
    assertTrue(browser.getCurrentUrl().contains("#/search?q="), browser.getCurrentUrl());
    assertFalse(browser.getCurrentUrl().contains("/?q="), "the query string moved into the hash");
  }

  @Test
  void pagingMovesThroughTheResults() {
    browser.get(server.url() + "/#/search?q=" + java.net.URLEncoder.encode("知识产权",
        StandardCharsets.UTF_8) + "&partial=false&limit=1");
    waitForHits(1);
    String first = browser.findElement(By.cssSelector("#results li.hit")).getAttribute("data-id");
    assertEquals("1", browser.findElement(By.cssSelector("#pager [aria-current=page]")).getText());
    assertEquals(List.of("1", "2", "3", "下一页"),
        texts(browser.findElements(By.cssSelector("#pager > *"))), "three pages of one hit");
    browser.findElement(By.linkText("下一页")).click();
    wait.until(d -> !first.equals(
        d.findElement(By.cssSelector("#results li.hit")).getAttribute("data-id")));
    assertEquals("2", browser.findElement(By.cssSelector("#pager [aria-current=page]")).getText());
    assertTrue(browser.findElement(By.id("status")).getText().contains("第 2 / 3 页"));
  }

  private void saveScreenshot() throws IOException {
    String target = System.getProperty("reportminer.screenshot");
    if (target != null) {
      saveScreenshot(Path.of(target));
    }
  }

  /** Saves a screenshot named {@code name} beside the search screenshot, if one is asked for. */
  private void saveScreenshot(String name) throws IOException {
    String target = System.getProperty("reportminer.screenshot");
    if (target != null) {
      saveScreenshot(Path.of(target).resolveSibling(name));
    }
  }

  private void saveScreenshot(Path out) throws IOException {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(out.getParent());
    Files.copy(shot, out, StandardCopyOption.REPLACE_EXISTING);
  }
}
