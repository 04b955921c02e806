package org.borderlink.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * A RED case of RS-MUP stays out of sight of another agency's investigator everywhere in the workspace: the exact
 * check answers a count and no content, the chart expanded two steps around a phone the RED case shares with a GREEN
 * one never draws it, the phone's card and timeline hold only the GREEN facts, its own card is "not visible", the
 * pattern library and the map show nothing of it. The same walk by an RS-MUP investigator does show it, so the
 * checks can fail.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
class RedCaseIT implements ScreenshotOnFailure.UsesBrowser {

    private static final String RUN = ThreadLocalRandom.current()
            .ints(5, 'A', 'Z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    private static final String SECRET = "Crveni Tajnik " + RUN;
    private static final String PUBLIC = "Zeleni Javnik " + RUN;
    private static final String RED_PHONE =
            "+38163" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    private static final String SHARED_PHONE =
            "+38162" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    private static final String RED_PLATE =
            "NI" + (100 + ThreadLocalRandom.current().nextInt(899)) + RUN.substring(0, 2);

    @LocalServerPort
    int port;

    private Browser browser;
    private String red;
    private String green;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeAll
    void seedAndOpenBrowser() {
        var ingest = TestUsers.client(port, TestUsers.REGIONAL_INGEST);
        red = CaseReports.report("RS-MUP", "UI-" + RUN + "-RED")
                .marking("RED", "H3")
                .person("ORGANISER", SECRET)
                .phone(RED_PHONE, "P1")
                .phone(SHARED_PHONE, "P1")
                .vehicle(RED_PLATE, "RS", "P1")
                .incident("ARREST", "RS-HU-KELEBIJA")
                .submit(ingest);
        green = CaseReports.report("RS-MUP", "UI-" + RUN + "-GREEN")
                .marking("GREEN", "H0")
                .person("DRIVER", PUBLIC)
                .phone(SHARED_PHONE, "P1")
                .incident("INTERCEPTION", "RS-HU-HORGOS")
                .submit(ingest);
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void anotherAgencysInvestigatorSeesNothingOfTheRedCaseAnywhere() {
        List<String> seen = walk(TestUsers.BA_INVESTIGATOR);
        browser.screenshot("red-case-hidden");
        for (String text : seen) {
            assertThat(text)
                    .doesNotContain(SECRET)
                    .doesNotContain(red)
                    .doesNotContain(RED_PHONE)
                    .doesNotContain(RED_PLATE);
        }
        // the counts say someone holds it, and nothing more
        assertThat(String.join("\n", seen)).contains("1 record held by RS-MUP");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void theOwningAgencysInvestigatorSeesItOnTheSameWalk() {
        String seen = String.join("\n", walk(TestUsers.RS_INVESTIGATOR));
        assertThat(seen).contains(SECRET).contains(red);
    }

    /** Every place the RED case could show: the page text after each step. */
    private List<String> walk(String user) {
        List<String> seen = new ArrayList<>();
        browser.login(user, "Check of " + RUN);

        browser.view("search");
        for (String[] check : new String[][] {{"PHONE", RED_PHONE}, {"NAME", SECRET}, {"PLATE", RED_PLATE}}) {
            new Select(browser.visible(By.id("hit-type"))).selectByValue(check[0]);
            browser.type(By.id("hit-value"), check[1]);
            browser.type(By.id("hit-country"), check[0].equals("PLATE") ? "RS" : "");
            browser.click(By.id("hit-submit"));
            browser.textContaining(By.id("hit-summary"), "Checked");
            // the answer repeats what was asked; that is the user's own input, not something shown to them
            seen.add(browser.pageText().replace(check[1], "<asked>"));
        }

        // the GREEN report, expanded two steps: through the shared phone to whoever the viewer may see
        new Select(browser.visible(By.id("hit-type"))).selectByValue("PHONE");
        browser.type(By.id("hit-value"), SHARED_PHONE);
        browser.type(By.id("hit-country"), "");
        browser.click(By.id("hit-submit"));
        browser.textContaining(By.id("hit-summary"), "Checked");
        seen.add(browser.pageText());
        browser.click(By.cssSelector("button[aria-label='Add report " + green + " to the chart']"));
        browser.until(d -> browser.chartIds().contains(green) ? true : null);
        browser.view("graph");
        new Select(browser.visible(By.id("graph-hops"))).selectByValue("2");
        browser.driver.findElement(By.id("graph-canvas")).click();
        browser.driver.findElement(By.id("graph-canvas")).sendKeys("a");
        browser.click(By.id("graph-expand"));
        browser.until(d -> browser.chartIds().contains(SHARED_PHONE) ? true : null);
        browser.chartListWithNothingSelected();
        seen.add(browser.pageText());
        seen.add(String.join(",", browser.chartIds()));

        // the shared phone's card and timeline
        browser.click(By.xpath("//table[contains(@class,'entity-list')]//button[text()='" + SHARED_PHONE + "']"));
        browser.textContaining(By.id("entity-title"), SHARED_PHONE);
        browser.textContaining(By.id("entity-panel"), green);
        seen.add(browser.pageText());
        browser.click(By.xpath("//aside[@id='entity-panel']//button[text()='Timeline']"));
        browser.textContaining(By.id("timeline-summary"), "dated fact");
        seen.add(browser.pageText());

        // the RED report's own card, asked for by id
        browser.script("import('/app/state.js').then(s => s.emit('open-entity', arguments[0]));", red);
        browser.until(d -> {
            String panel = d.findElement(By.id("entity-panel")).getText();
            return panel.contains("No entity with this id is visible to you") || panel.contains("Facts") ? panel : null;
        });
        seen.add(browser.driver.findElement(By.id("entity-panel")).getText().replace(red, "<asked id>"));
        browser.click(By.cssSelector("#entity-panel .panel-close"));

        // the pattern library and the map
        browser.view("patterns");
        browser.click(By.cssSelector("button.pattern-choice[data-name='facilitators-across-cases']"));
        browser.click(By.id("pattern-run"));
        browser.visible(By.id("pattern-summary"));
        seen.add(browser.pageText());
        browser.view("map");
        new Select(browser.visible(By.id("time-preset"))).selectByValue("365");
        browser.visible(By.id("crossings-table"));
        seen.add(browser.pageText());
        new Select(browser.visible(By.id("time-preset"))).selectByValue("all");
        return seen;
    }
}
