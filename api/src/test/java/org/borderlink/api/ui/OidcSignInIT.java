package org.borderlink.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestIdentityProvider;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Browser sign-in through an OIDC provider (the in-process {@link TestIdentityProvider}): the authorization code flow
 * with PKCE lands a person in the workspace as the Borderlink user their claims describe; claims that name no agency,
 * and a cancelled sign-in, come back with a reason the sign-in screen explains; a session that ends under an open
 * workspace is renewed in a small window without losing what was open; signing out ends the provider's session too.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
class OidcSignInIT implements ScreenshotOnFailure.UsesBrowser {

    private static final String CLIENT_ID = "borderlink-web";
    private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start(CLIENT_ID);

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("borderlink.security.oidc.issuer-uri", PROVIDER::issuer);
        properties.add("borderlink.security.oidc.client-id", () -> CLIENT_ID);
        properties.add("borderlink.security.oidc.login-label", () -> "Sign in with the regional identity provider");
    }

    @LocalServerPort
    int port;

    private Browser browser;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeAll
    void openBrowser() {
        PROVIDER.redirectUris("http://localhost:" + port + "/login/oauth2/code/oidc", "http://localhost:" + port + "/");
        PROVIDER.person(
                "vesna",
                Map.of(
                        "preferred_username", "v.stojanovska",
                        "agency", "MK-MVR",
                        "country", "MK",
                        "communities", List.of("WB"),
                        "realm_access", Map.of("roles", List.of("investigator", "offline_access"))));
        PROVIDER.person("nobody", Map.of("preferred_username", "no.agency", "communities", List.of("WB")));
        browser = new Browser(port);
    }

    @AfterAll
    void close() {
        if (browser != null) browser.close();
        PROVIDER.close();
    }

    @BeforeEach
    void signedOut() {
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void thePublicSignInMethodsNameTheProviderBesideLocalAccounts() {
        JsonNode methods = TestUsers.anonymous(port)
                .get()
                .uri("/api/v1/auth/methods")
                .retrieve()
                .body(JsonNode.class);

        assertThat(methods.get("password").asBoolean()).isTrue();
        assertThat(methods.get("provider").get("label").asString())
                .isEqualTo("Sign in with the regional identity provider");
        assertThat(methods.get("provider").get("url").asString()).isEqualTo("/oauth2/authorization/oidc");
    }

    @Test
    void aPersonSignsInThroughTheProviderAndActsForTheAgencyTheirClaimsName() {
        int exchanged = PROVIDER.exchanges().size();

        signInThroughProvider("vesna");
        stateThePurpose("MK-MVR case 17/26");

        assertThat(browser.visible(By.id("account-name")).getText()).isEqualTo("v.stojanovska");
        assertThat(browser.driver.findElement(By.id("account-agency")).getText())
                .isEqualTo("MK-MVR");
        Map<?, ?> me = me();
        assertThat(me.get("roles")).isEqualTo(List.of("INVESTIGATOR"));
        assertThat(Set.copyOf((List<?>) me.get("tokens")))
                .isEqualTo(Set.of("public", "agency:MK-MVR", "country:MK", "region:WB"));
        assertThat(PROVIDER.exchanges().subList(exchanged, PROVIDER.exchanges().size()))
                .as("one code exchanged, bound to this browser by its PKCE verifier")
                .containsExactly(new TestIdentityProvider.Exchange("S256", true));
        browser.screenshot("signin-oidc");

        browser.logout();
        assertThat(me()).as("signing out ends the Borderlink session").isNull();
        assertThat(PROVIDER.endedSessions())
                .as("and the provider's, so the next person at this workstation must sign in there again")
                .contains("v.stojanovska");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(browser.base + "/");
    }

    @Test
    void claimsThatNameNoAgencyAreRefusedWithAReasonAndNoSession() {
        browser.driver.get(browser.base + "/");
        browser.click(By.id("login-provider"));
        browser.type(By.id("idp-login"), "nobody");
        browser.click(By.id("idp-sign-in"));

        String said = browser.textContaining(By.id("login-problem"), "does not name a Borderlink agency");
        assertThat(said).contains("Ask your administrator");
        assertThat(browser.driver.getCurrentUrl())
                .as("the reason is taken out of the address")
                .doesNotContain("signin=");
        assertThat(me()).isNull();
    }

    @Test
    void aSignInCancelledAtTheProviderSaysSo() {
        browser.driver.get(browser.base + "/");
        browser.click(By.id("login-provider"));
        browser.click(By.id("idp-cancel"));

        browser.textContaining(By.id("login-problem"), "was cancelled");
        assertThat(browser.visible(By.id("login-username")).isDisplayed())
                .as("local accounts can still sign in")
                .isTrue();
    }

    @Test
    void aSessionThatEndsIsRenewedInASmallWindowWithoutLosingTheWorkspace() {
        signInThroughProvider("vesna");
        stateThePurpose("MK-MVR case 18/26");
        browser.view("search");
        browser.type(By.id("search-q"), "Stojanovski");
        String workspace = browser.driver.getWindowHandle();

        // the session ends on the server's side (timeout, restart): the next request is answered 401
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.type(By.id("search-q"), "Stojanovska");
        browser.textContaining(By.id("login-problem"), "session has ended");
        browser.click(By.id("login-provider"));
        String window = browser.until(d -> d.getWindowHandles().stream()
                .filter(h -> !h.equals(workspace))
                .findFirst()
                .orElse(null));
        browser.driver.switchTo().window(window);
        browser.type(By.id("idp-login"), "vesna");
        browser.click(By.id("idp-sign-in"));
        browser.until(d -> d.getWindowHandles().size() == 1 ? true : null);
        browser.driver.switchTo().window(workspace);

        WebElement query = browser.visible(By.id("search-q"));
        assertThat(query.getDomProperty("value")).isEqualTo("Stojanovska");
        assertThat(browser.driver.findElement(By.id("purpose-text")).getText())
                .as("the workspace was kept, purpose and all")
                .isEqualTo("MK-MVR case 18/26");
        assertThat(me()).isNotNull();
    }

    // ---- steps --------------------------------------------------------------------------------------------------

    private void signInThroughProvider(String login) {
        browser.driver.get(browser.base + "/");
        WebElement button = browser.visible(By.id("login-provider"));
        assertThat(button.getText()).isEqualTo("Sign in with the regional identity provider");
        assertThat(browser.driver.findElement(By.id("login-or")).isDisplayed())
                .as("local accounts are offered too")
                .isTrue();
        browser.screenshot("signin-provider");
        button.click();
        browser.until(d -> d.getCurrentUrl().startsWith(PROVIDER.issuer()) ? true : null);
        browser.type(By.id("idp-login"), login);
        browser.click(By.id("idp-sign-in"));
    }

    private void stateThePurpose(String purpose) {
        browser.type(By.cssSelector("dialog[open] input[name=purpose]"), purpose);
        browser.click(By.cssSelector("dialog[open] button[type=submit]"));
        browser.until(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty() ? true : null);
    }

    /** {@code GET /api/v1/me} in the browser's session; null when it has none. */
    private Map<?, ?> me() {
        return (Map<?, ?>) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/me', {credentials: 'same-origin'})"
                + ".then(r => r.ok ? r.json() : null).then(done, () => done(null));");
    }
}
