package org.borderlink.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Hit/no-hit to access, between two agencies, in the browser: a Bosnian investigator finds that RS-MUP holds a record
 * of a phone without seeing it and asks for access; RS-MUP's liaison officer grants it, and widens the report's
 * marking for Montenegro; the investigator then reads the report.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
class SharingWorkspaceIT implements ScreenshotOnFailure.UsesBrowser {

    private static final String RUN = ThreadLocalRandom.current()
            .ints(5, 'A', 'Z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    private static final String ORGANISER = "Bojan Skriven " + RUN;
    private static final String PHONE =
            "+38165" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));

    @LocalServerPort
    int port;

    private Browser browser;
    private String report;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeAll
    void seedAndOpenBrowser() {
        report = CaseReports.report("RS-MUP", "UI-" + RUN + "-S")
                .marking("AMBER+STRICT", "H1")
                .person("ORGANISER", ORGANISER)
                .phone(PHONE, "P1")
                .incident("INTERCEPTION", "RS-HU-KELEBIJA")
                .submit(TestUsers.client(port, TestUsers.REGIONAL_INGEST));
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void anInvestigatorAsksForHiddenRecordsTheOwnerGrantsThemAndTheInvestigatorReadsThem() {
        // BA-GP: the phone is held by RS-MUP, nothing of it is shown
        browser.login(TestUsers.BA_INVESTIGATOR, "BA-GP case " + RUN);
        browser.view("search");
        new Select(browser.visible(By.id("hit-type"))).selectByValue("PHONE");
        browser.type(By.id("hit-value"), PHONE);
        browser.click(By.id("hit-submit"));
        String hidden = browser.textContaining(By.cssSelector("#hit-results .hidden-hits"), "held by RS-MUP");
        assertThat(hidden).contains("1 record held by RS-MUP");
        assertThat(browser.visible(By.id("hit-summary")).getText()).contains("no report you may see");
        assertThat(browser.pageText()).doesNotContain(report).doesNotContain(ORGANISER);

        browser.click(By.cssSelector("#hit-results button[aria-label='Request access to the records held by RS-MUP']"));
        assertThat(browser.visible(By.id("access-value")).getAttribute("value")).isEqualTo(PHONE);
        browser.type(By.id("access-justification"), "Same phone in our smuggling case " + RUN + " at Izačić.");
        browser.click(By.cssSelector("dialog[open] button[type=submit]"));
        browser.textContaining(By.id("status"), "Request sent to RS-MUP");

        browser.view("sharing");
        String mine = browser.textContaining(By.id("my-requests"), PHONE);
        assertThat(mine).contains("RS-MUP").contains("pending");
        browser.logout();

        // RS-MUP's liaison officer grants it
        browser.login(TestUsers.RS_LIAISON, "Requests of " + RUN);
        browser.view("sharing");
        String received = browser.textContaining(By.id("received-requests"), PHONE);
        assertThat(received)
                .contains("ba-investigator (BA-GP)")
                .contains("Same phone in our smuggling case " + RUN)
                .contains(report);
        browser.screenshot("sharing");
        browser.click(
                By.xpath("//li[contains(@class,'request')][contains(.,'" + PHONE + "')]//button[text()='Grant…']"));
        assertThat(browser.visible(By.cssSelector("dialog[open] input[name=report][value='" + report + "']"))
                        .isSelected())
                .isTrue();
        browser.click(By.cssSelector("dialog[open] button[type=submit]"));
        browser.textContaining(By.id("status"), "Access granted to BA-GP for 1 report");

        // the owner finds the report in the agency's list and widens the marking further: Montenegro's border police
        String reference = report.substring(report.indexOf(':') + 1);
        browser.type(By.id("own-reference"), reference);
        browser.click(By.cssSelector("#own-filter button[type=submit]"));
        browser.textContaining(By.id("own-count"), "1 report whose reference contains “" + reference + "”");
        assertThat(browser.textContaining(By.id("own-reports"), report)).contains("AMBER+STRICT");
        browser.click(By.cssSelector("#own-reports button[aria-label='Marking of " + report + "']"));
        assertThat(browser.textContaining(By.id("marking-releasable"), "BA-GP")).contains("BA-GP");
        assertThat(browser.visible(By.id("marking-current")).getText()).contains("TLP:AMBER+STRICT");
        browser.type(By.id("marking-release"), "BA-GP, ME-UP");
        browser.click(By.id("marking-save"));
        assertThat(browser.visible(By.cssSelector("dialog[open]")).getText()).contains("Newly released to ME-UP");
        browser.click(By.cssSelector("dialog[open] button[type=submit]"));
        assertThat(browser.textContaining(By.id("marking-audience"), "agency:ME-UP"))
                .contains("agency:BA-GP");
        browser.screenshot("sharing-marking");
        browser.logout();

        // BA-GP reads what was granted
        browser.login(TestUsers.BA_INVESTIGATOR, "BA-GP case " + RUN);
        browser.view("sharing");
        String answered = browser.textContaining(By.id("my-requests"), "granted");
        assertThat(answered).contains(report);
        browser.click(By.xpath("//table[@id='my-requests']//button[text()='" + report + "']"));
        String card = browser.textContaining(By.id("entity-panel"), ORGANISER);
        assertThat(card).contains("TLP:AMBER+STRICT").contains("RS-MUP");
        assertThat(browser.cspViolations()).isEmpty();
    }
}
