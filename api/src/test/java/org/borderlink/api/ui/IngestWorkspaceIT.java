package org.borderlink.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.CaseReports;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploading reports in the browser as RS-MUP's ingest account: an NDJSON file with one good report and one of another
 * agency (refused, with the field and the reason shown), and a national CSV export in Cyrillic with its shipped column
 * mapping. An ingest-only account sees no investigation view.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
class IngestWorkspaceIT implements ScreenshotOnFailure.UsesBrowser {

    private static final String RUN = ThreadLocalRandom.current()
            .ints(5, 'A', 'Z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    /** The national export the documentation ships (Windows-1251, Serbian Cyrillic, one person per row). */
    private static final Path NATIONAL_CSV = Path.of(
            System.getProperty("basedir", "."), "..", "docs", "ingest", "samples", "rs-mup-krijumcarenje-2024-03.csv");

    @LocalServerPort
    int port;

    private Browser browser;
    private Path ndjson;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeAll
    void writeFilesAndSignIn() throws IOException {
        String good = CaseReports.report("RS-MUP", "UI-" + RUN + "-UP")
                .marking("AMBER", "H1")
                .person("DRIVER", "Nenad Uploadovic " + RUN)
                .incident("INTERCEPTION", "RS-HR-BATROVCI")
                .json();
        String foreign = CaseReports.report("BA-GP", "UI-" + RUN + "-NOTMINE")
                .person("DRIVER", "Not Mine " + RUN)
                .json();
        ndjson = Files.createTempFile("borderlink-ui-", ".ndjson");
        Files.writeString(ndjson, good + "\n" + foreign + "\n", StandardCharsets.UTF_8);
        browser = new Browser(port);
        browser.login(TestUsers.RS_INGEST, null);
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) browser.close();
        Files.deleteIfExists(ndjson);
    }

    @Test
    void anNdjsonFileIsStoredReportByReportWithTheRefusedOneExplained() {
        assertThat(browser.driver.findElements(By.cssSelector("#nav a")))
                .extracting(e -> e.getAttribute("id"))
                .containsExactly("nav-ingest");
        browser.view("ingest");
        browser.driver
                .findElement(By.id("ingest-file"))
                .sendKeys(ndjson.toAbsolutePath().toString());
        browser.click(By.id("ingest-submit"));

        String table = browser.textContaining(By.id("ingest-results"), "RS-MUP:UI-" + RUN + "-UP");
        assertThat(table).contains("stored").contains("refused");
        assertThat(table).contains("$.agency").contains("may submit reports of");
        assertThat(browser.visible(By.cssSelector("#ingest-box h2")).getText()).contains("1 stored, 1 refused");
        assertThat(browser.visible(By.id("ingest-progress-text")).getText()).startsWith("Done in");
        browser.screenshot("upload");
    }

    @Test
    void aNationalCsvExportIsReadWithItsColumnMapping() {
        browser.view("ingest");
        browser.driver
                .findElement(By.id("ingest-file"))
                .sendKeys(NATIONAL_CSV.toAbsolutePath().normalize().toString());
        new Select(browser.visible(By.id("ingest-mapping"))).selectByValue("rs-mup");
        browser.click(By.id("ingest-submit"));
        String heading = browser.textContaining(By.cssSelector("#ingest-box h2"), "rs-mup-krijumcarenje-2024-03.csv");
        // another test may have sent the same file already: then its reports are unchanged
        assertThat(heading).containsAnyOf("stored", "unchanged", "replaced").doesNotContain("refused");
        assertThat(browser.cspViolations()).isEmpty();
    }
}
