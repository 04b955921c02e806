package org.borderlink.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.CaseReports;
import org.borderlink.api.testing.TestUsers;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An investigator of RS-MUP at work in the browser: signs in and states a purpose, checks a phone across agencies,
 * puts the reports on the chart and expands them, finds the path between two people of two countries, sees the
 * crossing points of the year on the map and selects one there, keeps a choice made while an entity is being added,
 * reads an entity card and its timeline, runs a pattern and opens its results on the chart, exports, and gets errors
 * in words — with no content security policy violation on the way. Data: the generated Western Balkans set (the leak suite's, so both may run in one JVM) and two hand-made
 * GREEN reports of RS-MUP and BA-GP that share a phone.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ScreenshotOnFailure.class)
class InvestigatorWorkspaceIT implements ScreenshotOnFailure.UsesBrowser {

    private static final String RUN = ThreadLocalRandom.current()
            .ints(5, 'A', 'Z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    private static final String ORGANISER = "Dragan Vukovic " + RUN;
    private static final String DRIVER = "Milan Kovac " + RUN;
    private static final String GUIDE = "Senad Hodzic " + RUN;
    /** National notation of the shared phone; the API stores it as +38164…. */
    private static final String PHONE_LOCAL =
            "064 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));

    private static final String PHONE = "+38164" + PHONE_LOCAL.substring(4);
    private static final String PURPOSE = "RS-MUP case KU-" + RUN + "/26";

    @LocalServerPort
    int port;

    @Autowired
    IngestPipeline pipeline;

    private Browser browser;
    private String serbian;
    private String bosnian;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeAll
    void seedAndSignIn() {
        AtomicInteger index = new AtomicInteger();
        pipeline.ingest(WesternBalkansGenerator.stream(120, 20260704L)
                .map(g -> new ReadResult.Parsed(index.get(), "ui-tests", index.incrementAndGet(), g.report())));
        var ingest = TestUsers.client(port, TestUsers.REGIONAL_INGEST);
        serbian = CaseReports.report("RS-MUP", "UI-" + RUN + "-A")
                .marking("GREEN", "H0")
                .person("ORGANISER", ORGANISER)
                .phone(PHONE, "P1")
                .person("DRIVER", DRIVER)
                .relation("ASSOCIATE_OF", "P1", "P3")
                .incident("INTERCEPTION", "RS-HR-SID")
                .submit(ingest);
        bosnian = CaseReports.report("BA-GP", "UI-" + RUN + "-B")
                .marking("GREEN", "H0")
                .person("GUIDE", GUIDE)
                .phone(PHONE, "P1")
                .incident("CROSSING_ATTEMPT", "BA-HR-MALJEVAC")
                .submit(ingest);
        browser = new Browser(port);
        browser.login(TestUsers.RS_INVESTIGATOR, PURPOSE);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    @Order(1)
    void theUserSeesWhoTheyAreTheirAgencyTokensAndPurpose() {
        assertThat(browser.visible(By.id("account-name")).getText()).isEqualTo(TestUsers.RS_INVESTIGATOR);
        assertThat(browser.driver.findElement(By.id("account-agency")).getText())
                .isEqualTo("RS-MUP");
        assertThat(browser.driver.findElement(By.id("purpose-text")).getText()).isEqualTo(PURPOSE);

        browser.click(By.id("account-button"));
        String tokens = browser.visible(By.id("account-tokens")).getText();
        assertThat(tokens).contains("agency:RS-MUP", "country:RS", "region:WB", "public");
        assertThat(tokens).contains("Western Balkans community");
        browser.click(By.cssSelector("dialog[open] button[type=submit]"));

        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    @Order(2)
    void aPhoneInNationalNotationIsFoundInTheReportsOfTwoAgenciesAndExpandedOnTheChart() {
        browser.view("search");
        new Select(browser.visible(By.id("hit-type"))).selectByValue("PHONE");
        browser.type(By.id("hit-value"), PHONE_LOCAL);
        browser.type(By.id("hit-country"), "RS");
        browser.click(By.id("hit-submit"));

        String summary = browser.textContaining(By.id("hit-summary"), "2 reports you may see");
        assertThat(summary).contains(PHONE);
        String listed = browser.visible(By.cssSelector(".hit-reports-list")).getText();
        assertThat(listed).contains(serbian, bosnian);
        browser.screenshot("search");

        for (String report : List.of(serbian, bosnian)) {
            browser.click(By.cssSelector("button[aria-label='Add report " + report + " to the chart']"));
        }
        browser.until(d -> browser.chartIds().containsAll(List.of(serbian, bosnian)) ? true : null);

        browser.view("graph");
        new Select(browser.visible(By.id("graph-hops"))).selectByValue("2");
        browser.click(By.id("graph-canvas"));
        browser.driver.findElement(By.id("graph-canvas")).sendKeys("a");
        browser.click(By.id("graph-expand"));
        browser.until(d -> captions().containsAll(List.of(ORGANISER, DRIVER, GUIDE, PHONE)) ? true : null);
        assertThat(browser.visible(By.id("graph-status")).getText())
                .contains("entities")
                .contains("facts on the chart");
        browser.screenshot("graph");
    }

    @Test
    @Order(3)
    void thePathBetweenTwoPeopleOfTwoCountriesRunsThroughTheirSharedPhone() {
        browser.view("graph");
        browser.chartListWithNothingSelected();
        browser.tick(ORGANISER);
        browser.tick(GUIDE);
        browser.click(By.id("graph-paths"));

        String result = browser.textContaining(By.id("graph-results"), "Paths from");
        // from the first selected to the second
        assertThat(result).contains("Paths from " + ORGANISER + " to " + GUIDE);
        assertThat(result).contains(ORGANISER + " → " + PHONE + " → " + GUIDE);
        assertThat((Long) browser.script("return document.querySelectorAll('#graph-results li').length;"))
                .isGreaterThanOrEqualTo(1L);
        browser.screenshot("graph-path");

        // what connects the three: the phone two of them share
        browser.chartListWithNothingSelected();
        browser.tick(ORGANISER);
        browser.tick(GUIDE);
        browser.tick(DRIVER);
        browser.click(By.id("graph-connections"));
        String connections = browser.textContaining(By.id("graph-results"), "What connects the selection");
        assertThat(connections).contains("Shared selectors").contains(PHONE);
    }

    @Test
    @Order(4)
    void centralityAndCommunitiesSizeAndColourTheChart() {
        browser.view("graph");
        new Select(browser.visible(By.id("graph-size"))).selectByValue("betweenness");
        browser.until(d -> legend().contains("Size: betweenness centrality") ? true : null);
        new Select(browser.visible(By.id("graph-colour"))).selectByValue("community");
        browser.until(d -> legend().contains("(Louvain, modularity") ? true : null);
        new Select(browser.visible(By.id("graph-colour"))).selectByValue("type");
        new Select(browser.visible(By.id("graph-size"))).selectByValue("none");
    }

    @Test
    @Order(5)
    void theMapShowsTheCrossingPointsOfTheYearAndSelectingOneSelectsItOnTheChart() {
        browser.view("map");
        new Select(browser.visible(By.id("time-preset"))).selectByValue("365");
        try {
            mapAndChartSelectEachOther();
        } finally {
            new Select(browser.visible(By.id("time-preset"))).selectByValue("all");
        }
    }

    private void mapAndChartSelectEachOther() {
        String table = browser.textContaining(By.id("crossings-table"), "Šid – Tovarnik");
        assertThat(table).contains("Velika Kladuša – Maljevac");
        assertThat((Long) browser.script("return document.querySelectorAll('#map-canvas path.crossing-point').length;"))
                .isGreaterThanOrEqualTo(2L);
        // the bundled country outlines are drawn: the region's countries are labelled on the map
        assertThat(browser.textContaining(By.id("map-canvas"), "Bosnia")).contains("Serbia");
        browser.screenshot("map");

        browser.click(By.xpath("//table[@id='crossings-table']//button[text()='Šid – Tovarnik']"));
        browser.textContaining(By.id("entity-title"), "Šid – Tovarnik");
        browser.click(By.id("entity-add"));
        browser.until(d -> browser.chartIds().contains("RS-HR-SID") ? true : null);
        browser.view("graph");
        browser.until(d -> selected().contains("RS-HR-SID") ? true : null);

        // and back: the place selected on the chart is marked on the map
        browser.view("map");
        browser.until(
                d -> (Long) browser.script("return document.querySelectorAll('.chart-place.selected').length;") > 0
                        ? true
                        : null);
        new Select(browser.visible(By.id("time-preset"))).selectByValue("all");
    }

    @Test
    @Order(6)
    void aChoiceMadeWhileAnEntityIsBeingAddedIsNotUndoneByTheLateAnswer() {
        browser.view("graph");
        browser.chartListWithNothingSelected();
        // the chart's expansions answer three seconds late, as a busy server might
        browser.script("""
                window.realFetch = window.fetch;
                window.fetch = (url, options) => !String(url).includes('/graph/expand')
                  ? window.realFetch(url, options)
                  : new Promise((resolve) => setTimeout(resolve, 3000)).then(() => window.realFetch(url, options));""");
        try {
            browser.click(By.xpath("//table[contains(@class,'entity-list')]//button[text()='" + ORGANISER + "']"));
            browser.textContaining(By.id("entity-title"), ORGANISER);
            // the add's message comes in the same step as its choice of selection: with no message left over, its
            // appearance says the late answer has been handled
            browser.script("document.getElementById('status').replaceChildren();");
            browser.click(By.id("entity-add"));
            // while the organiser is being added, the user chooses the crossing point instead
            browser.tick("Šid – Tovarnik");
            browser.textContaining(By.id("status"), "on the chart");
            assertThat(selected()).containsExactly("RS-HR-SID");
        } finally {
            browser.script("window.fetch = window.realFetch;");
        }
    }

    @Test
    @Order(7)
    void theEntityCardShowsEveryFactWithItsSourceAndMarkingAndTheTimelineItsIncident() {
        browser.view("graph");
        browser.chartListWithNothingSelected();
        browser.click(By.xpath("//table[contains(@class,'entity-list')]//button[text()='" + ORGANISER + "']"));
        browser.textContaining(By.id("entity-title"), ORGANISER);
        String panel = browser.visible(By.id("entity-panel")).getText();
        assertThat(panel).contains("organiser", serbian, "TLP:GREEN", "H0", "associate of", DRIVER, PHONE);
        browser.screenshot("entity");

        browser.click(By.xpath("//aside[@id='entity-panel']//button[text()='Timeline']"));
        String timeline = browser.textContaining(By.id("timeline-list"), "interception");
        assertThat(timeline).contains(serbian).contains("TLP:GREEN");
    }

    @Test
    @Order(8)
    void aPatternRunsWithItsParametersAndItsResultsOpenOnTheChart() {
        browser.view("patterns");
        browser.click(By.cssSelector("button.pattern-choice[data-name='recurring-selectors']"));
        WebElement minCases = browser.visible(By.id("p-minCases"));
        minCases.clear();
        minCases.sendKeys("2");
        browser.click(By.id("pattern-run"));
        String rows = browser.textContaining(By.id("pattern-rows"), PHONE);
        assertThat(rows).contains(serbian).contains(bosnian);
        browser.screenshot("patterns");

        browser.click(By.xpath(
                "//table[@id='pattern-rows']//tr[contains(.,'" + PHONE + "')]//button[contains(@class,'row-show')]"));
        browser.visible(By.id("view-graph"));
        browser.until(d -> browser.chartIds().contains(PHONE) ? true : null);
        assertThat(browser.chartCaptions()).contains(ORGANISER, GUIDE);
    }

    @Test
    @Order(9)
    void theChartExportsAsCsvAndTheCanvasAsAnImage() throws Exception {
        browser.view("graph");
        var target = Browser.downloads();
        try (var files = Files.list(target)) {
            for (var f : files.toList()) Files.deleteIfExists(f);
        }
        new Select(browser.visible(By.id("graph-export"))).selectByValue("csv");
        browser.textContaining(By.id("status"), "Export saved (borderlink-csv.zip)");
        browser.until(d -> Files.exists(target.resolve("borderlink-csv.zip")) ? true : null);
        new Select(browser.visible(By.id("graph-export"))).selectByValue("png");
        // the image is named after the most restrictive marking of the facts on the chart: this class's own reports are
        // GREEN, but the expansions before may have reached generated reports of other markings in the suite's shared
        // graph, so the expected name is worked out from the markings drawn
        List<String> order = List.of("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED");
        List<String> markings = browser.chartFactMarkings();
        assertThat(markings).contains("GREEN").allMatch(order::contains);
        String highest = markings.stream()
                .max(java.util.Comparator.comparingInt(order::indexOf))
                .orElseThrow();
        String expected = "borderlink-chart-TLP-" + highest.replace('+', '-') + ".png";
        browser.until(d -> {
            try (var files = Files.list(target)) {
                return files.anyMatch(f -> f.getFileName().toString().equals(expected)) ? true : null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    @Test
    @Order(10)
    void errorsAreShownInWordsAndAMissingEndpointIsNamedNotAvailable() {
        browser.view("search");
        new Select(browser.visible(By.id("hit-type"))).selectByValue("PHONE");
        browser.type(By.id("hit-value"), "not a number");
        browser.type(By.id("hit-country"), "");
        browser.click(By.id("hit-submit"));
        assertThat(browser.textContaining(By.cssSelector("#hit-results .problem"), "phone"))
                .contains("not a phone number");

        @SuppressWarnings("unchecked")
        Map<String, Object> missing = (Map<String, Object>)
                browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "import('/app/api.js').then(api => api.get('/api/v1/no-such-endpoint'))"
                                + ".then(() => done({}), e => done({status: e.status, notAvailable: e.notAvailable, message: e.message}));");
        assertThat(missing).containsEntry("status", 404L).containsEntry("notAvailable", true);
        assertThat((String) missing.get("message")).startsWith("This function is not available on this server");
    }

    @Test
    @Order(11)
    void twoThousandElementsAreDrawnAndStayResponsive() {
        browser.view("graph");
        int before = browser.chartIds().size();
        browser.click(By.xpath("//button[text()='Clear chart']"));
        browser.until(d -> browser.chartSize().get("nodes") == 0 ? true : null);
        // A synthetic answer of 1,000 entities and 1,000 facts, drawn the way an expansion's answer is. The page must
        // not freeze: adding returns at once, and the force-directed layout then runs across animation frames (the
        // page paints and answers between them) rather than in one blocking computation. Frames are counted, not
        // timed, so a busy machine does not fail the test; a blocking layout paints no frame until it is done.
        @SuppressWarnings("unchecked")
        Map<String, Object> run =
                (Map<String, Object>) browser.asyncScript("const done = arguments[arguments.length - 1];"
                        + "import('/app/views/graph.js').then(async m => {"
                        + "  const nodes = [], edges = [];"
                        + "  for (let i = 0; i < 1000; i++) nodes.push({id: 'load:' + i, label: i % 3 ? 'Person' : 'Phone',"
                        + "    caption: 'load ' + i, properties: {roles: ['DRIVER']}});"
                        + "  for (let i = 0; i < 1000; i++) edges.push({id: 'load-e' + i, type: 'CONTACTED',"
                        + "    source: 'load:' + i, target: 'load:' + ((i * 7 + 1) % 1000), reportId: 'X:1', agency: 'RS-MUP',"
                        + "    tlp: 'GREEN', handling: 'H0', firstSeen: '2026-01-01', lastSeen: '2026-01-02', properties: {}});"
                        + "  const frame = () => new Promise(r => requestAnimationFrame(() => r()));"
                        + "  const t0 = performance.now();"
                        + "  m.addAnswer({nodes, edges, more: []}, {what: 'load test'});"
                        + "  const sync = performance.now() - t0;"
                        + "  let framesWhileLaying = 0;"
                        + "  for (let i = 0; i < 10 && m.laying(); i++) { await frame(); if (m.laying()) framesWhileLaying++; }"
                        + "  done({sync, framesWhileLaying, size: m.size()});"
                        + "});");
        @SuppressWarnings("unchecked")
        Map<String, Long> size = (Map<String, Long>) run.get("size");
        assertThat(size.get("nodes") + size.get("edges")).isGreaterThanOrEqualTo(2000L);
        assertThat(((Number) run.get("sync")).doubleValue())
                .as("ms the page is blocked while 2,000 elements are added")
                .isLessThan(5000);
        assertThat(((Number) run.get("framesWhileLaying")).intValue())
                .as("frames painted while the layout runs")
                .isGreaterThanOrEqualTo(3);
        // undo takes the load away, and undo again brings back the chart that was cleared
        browser.driver.findElement(By.id("graph-canvas")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        browser.until(d -> browser.chartSize().get("nodes") == 0 ? true : null);
        browser.driver.findElement(By.id("graph-canvas")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        browser.until(d -> browser.chartIds().size() == before ? true : null);
    }

    private String legend() {
        return String.valueOf(browser.script("return document.querySelector('.graph-legend').textContent;"));
    }

    private List<String> captions() {
        @SuppressWarnings("unchecked")
        List<String> captions = (List<String>) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/views/graph.js').then(m => done(m.entities().map(e => e.caption)));");
        return captions;
    }

    private List<String> selected() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/views/graph.js').then(m => done(m.selectedIds()));");
        return ids;
    }
}
