package org.diplokg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven by Selenium
 * over the bundled sample: search with autocomplete, the entity page with its evidence and neighbourhood graph, the
 * graph page and its filters, the map with its markers and filters, the SPARQL UI opened with a query. Screenshots go to {@code target/screenshots/}.
 * Skipped when the browser or the driver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    /** Selenium warns that it has no DevTools bindings for this Chromium; the test does not use them. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    static Path dir;

    private SiteServer site;
    private ChromeDriverService service;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: " + CHROMIUM
                + " is absent (apt-get install chromium chromium-driver)");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser test skipped: " + CHROMEDRIVER
                + " is absent (apt-get install chromium-driver)");
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        site = SiteServer.sample(dir.resolve("store"));
        // A driver given to the service means Selenium Manager is never consulted (nothing is downloaded).
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1366,900", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (site != null) {
            site.close();
        }
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void drawn(String id) {
        wait.until(d -> d.findElement(By.id(id)).getAttribute("data-nodes") != null
                || d.findElement(By.id(id)).getAttribute("data-error") != null);
        assertEquals(null, driver.findElement(By.id(id)).getAttribute("data-error"), "graph error");
    }

    @Test
    void searchOpenTheOrganizationSeeEvidenceAndGraph() throws IOException {
        driver.get(site.url + "/");
        assertEquals("DiploKG", driver.findElement(By.tagName("h1")).getText());
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("sco");
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#q-suggestions li")));
        assertTrue(first.getText().contains("Shanghai Cooperation Organization"), first.getText());
        shot("01-autocomplete");
        q.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains(WebIT.SCO_PATH));
        assertEquals("Shanghai Cooperation Organization", driver.findElement(By.tagName("h1")).getText());

        List<WebElement> evidence = driver.findElements(By.cssSelector("#mentions ul.hits li"));
        assertFalse(evidence.isEmpty(), "evidence sentences");
        assertFalse(driver.findElements(By.cssSelector("#mentions ul.hits li mark")).isEmpty(), "mention marked");
        drawn("mini-graph");
        assertTrue((Long) js("return window.dkgGraphs['mini-graph'].nodes().length") >= 3);
        shot("02-entity");

        driver.findElement(By.linkText("Graph around it")).click();
        wait.until(ExpectedConditions.urlContains("/graph?focus="));
        drawn("graph");
        long nodes = (Long) js("return window.dkgGraphs.graph.nodes().length");
        assertTrue(nodes >= 5, "nodes drawn: " + nodes);
        assertTrue((Long) js("return window.dkgGraphs.graph.edges().length") >= 4);
        shot("03-graph-focus");

        // A real click on the node of the SCO Secretariat opens its page.
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("var n = window.dkgGraphs.graph.$id(arguments[0]);"
                + " n.cy().container().scrollIntoView(); var box = n.cy().container().getBoundingClientRect();"
                + " var p = n.renderedPosition(); return [box.left + p.x, box.top + p.y];",
                "http://localhost:3030/id/organization/sco-secretariat");
        new Actions(driver).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).click().perform();
        wait.until(ExpectedConditions.urlContains("/id/organization/sco-secretariat"));
        assertEquals("SCO Secretariat", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void wholeGraphFiltersByClassAndDate() throws IOException {
        driver.get(site.url + "/graph");
        drawn("graph");
        WebElement graph = driver.findElement(By.id("graph"));
        int all = Integer.parseInt(graph.getAttribute("data-nodes"));
        int visible = Integer.parseInt(graph.getAttribute("data-visible"));
        assertTrue(all > 40, "the whole graph: " + all);
        assertTrue(visible > 20 && visible <= all, "unlinked entities hidden: " + visible + " of " + all);
        shot("04-graph-whole");

        driver.findElement(By.cssSelector("[data-filter-class=Country]")).click();
        int withoutCountries = Integer.parseInt(graph.getAttribute("data-visible"));
        assertTrue(withoutCountries < visible, withoutCountries + " < " + visible);
        assertEquals(0L, js("return window.dkgGraphs.graph.nodes('[class = \"Country\"]')"
                + ".filter(function (n) { return n.visible(); }).length"));
        driver.findElement(By.cssSelector("[data-filter-class=Country]")).click();

        driver.findElement(By.cssSelector("[data-filter-from]")).sendKeys("2025-06");
        driver.findElement(By.cssSelector("[data-filter-to]")).sendKeys("2025-12");
        Object early = js("return window.dkgGraphs.graph.nodes().filter(function (n) {"
                + " return n.visible() && n.data('date') && n.data('date') < '2025-06'; }).length");
        assertEquals(0L, early, "nothing dated before the range is shown");
        shot("05-graph-filtered");
    }

    @Test
    void timelineAndDocumentPagesRead() throws IOException {
        driver.get(site.url + "/id/event/2nd-brics-vocational-education-forum");
        driver.findElement(By.partialLinkText("On the timeline")).click();
        wait.until(ExpectedConditions.urlContains("/timeline#event/2nd-brics-vocational-education-forum"));
        WebElement item = driver.findElement(By.id("event/2nd-brics-vocational-education-forum"));
        assertTrue(item.getText().contains("Johannesburg"));
        shot("06-timeline");
        driver.get(site.url + "/id/document/01-sco-digital-roadmap-txt#char=121,350");
        assertFalse(driver.findElements(By.cssSelector(".doc-text a.mention")).isEmpty());
        shot("07-document");
    }

    @Test
    void sparqlLinkOpensTheQueryUiWithTheQuery() throws IOException {
        driver.get(site.url + WebIT.SCO_PATH);
        driver.findElement(By.linkText("Query in SPARQL")).click();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var cm = document.querySelector('.CodeMirror');"
                        + " return !!cm && cm.textContent.indexOf('?direction') >= 0;")));
        String editor = driver.findElement(By.cssSelector(".CodeMirror")).getText();
        assertTrue(editor.contains("shanghai-cooperation-organization"), editor);
        shot("08-sparql-ui");
    }

    @Test
    void mapShowsMarkersFiltersAndOpensAPage() throws IOException {
        driver.get(site.url + "/");
        driver.findElement(By.cssSelector("header nav a[href='/map']")).click();
        wait.until(d -> d.findElement(By.id("map")).getAttribute("data-visible") != null
                || d.findElement(By.id("map")).getAttribute("data-error") != null);
        WebElement map = driver.findElement(By.id("map"));
        assertEquals(null, map.getAttribute("data-error"), "map error");
        int all = Integer.parseInt(map.getAttribute("data-markers"));
        assertTrue(all >= 3, "markers: " + all);
        assertEquals(all, Integer.parseInt(map.getAttribute("data-visible")));
        assertEquals((long) all, js("return document.querySelectorAll('#map path.leaflet-interactive').length"),
                "one drawn circle per marker");
        assertTrue((Long) js("return document.querySelectorAll('#map .leaflet-overlay-pane path').length") > all,
                "the world outline is drawn too");
        shot("09-map");

        driver.findElement(By.cssSelector("[data-filter-class=Agreement]")).click();
        long agreements = (Long) js("return window.dkgMap.markers.filter(function (m) {"
                + " return m.data['class'] === 'Agreement'; }).length");
        assertTrue(agreements > 0, "agreements on the map");
        assertEquals(all - agreements, Long.parseLong(map.getAttribute("data-visible")), "agreements hidden");
        driver.findElement(By.cssSelector("[data-filter-class=Agreement]")).click();
        driver.findElement(By.cssSelector("[data-filter-from]")).sendKeys("2025-06");
        assertEquals(0L, js("return window.dkgMap.markers.filter(function (m) { return m.data.date"
                + " && m.data.date < '2025-06' && window.dkgMap.layer.hasLayer(m.layer); }).length"),
                "nothing dated before the range is shown");
        driver.findElement(By.cssSelector("[data-filter-from]")).clear();
        driver.findElement(By.cssSelector("[data-filter-from]")).sendKeys(Keys.BACK_SPACE);
        wait.until(d -> Integer.toString(all).equals(d.findElement(By.id("map")).getAttribute("data-visible")));

        // A real click on the first event's marker opens its page.
        @SuppressWarnings("unchecked")
        List<Object> at = (List<Object>) js("var s = window.dkgMap; var m = s.markers.filter(function (x) {"
                + " return x.data['class'] === 'Event'; })[0]; var box = s.container.getBoundingClientRect();"
                + " var p = s.map.latLngToContainerPoint(m.layer.getLatLng());"
                + " return [box.left + p.x, box.top + p.y, m.data.href, m.data.label];");
        new Actions(driver).moveToLocation(((Number) at.get(0)).intValue(), ((Number) at.get(1)).intValue()).click()
                .perform();
        wait.until(ExpectedConditions.urlContains((String) at.get(2)));
        assertEquals(at.get(3), driver.findElement(By.tagName("h1")).getText());
    }
}
