package org.borderlink.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderlink.api.testing.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven through Debian's chromedriver, against the application on a random port. Both
 * binaries are named explicitly, so Selenium Manager never downloads a browser or a driver; override them with
 * {@code -Dborderlink.chromium=…} and {@code -Dborderlink.chromedriver=…}. The window is the 1280×800 laptop screen the
 * workspace is made for.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    private static final String CHROMIUM = System.getProperty("borderlink.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("borderlink.chromedriver", "/usr/bin/chromedriver");

    /** Records every content security policy violation from the first script of every page on. */
    private static final String CSP_RECORDER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    final ChromeDriver driver;
    final String base;
    private final WebDriverWait wait;

    Browser(int port) {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            assertThat(Path.of(binary))
                    .as("browser tests need Debian's chromium and chromium-driver (apt-get install chromium"
                            + " chromium-driver), or -Dborderlink.chromium/-Dborderlink.chromedriver")
                    .isExecutable();
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--window-size=1280,800",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--lang=en-GB",
                "--no-first-run",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads().toAbsolutePath().toString()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads().toAbsolutePath().toString()));
        // the page itself gets 1280×800, whatever the headless window's own frame takes
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        base = "http://localhost:" + port;
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static Path downloads() {
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "ui-downloads");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- navigation ----------------------------------------------------------------------------------------------

    /** Opens the workspace and signs in through its form; states the purpose when asked. */
    void login(String username, String purpose) {
        driver.get(base + "/");
        // a test that failed half-way may have left someone signed in
        until(d -> d.findElement(By.id("login-username")).isDisplayed()
                        || d.findElement(By.id("account-name")).isDisplayed()
                ? true
                : null);
        if (driver.findElement(By.id("account-name")).isDisplayed()) logout();
        WebElement user = visible(By.id("login-username"));
        user.clear();
        user.sendKeys(username);
        WebElement password = driver.findElement(By.id("login-password"));
        password.clear();
        password.sendKeys(TestUsers.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        if (purpose != null) {
            WebElement input = visible(By.cssSelector("dialog[open] input[name=purpose]"));
            input.clear();
            input.sendKeys(purpose);
            driver.findElement(By.cssSelector("dialog[open] button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog[open]"), 0));
        }
        visible(By.id("account-name"));
        until(d -> !d.findElement(By.id("nav")).findElements(By.tagName("a")).isEmpty());
    }

    /** Signs out through the account dialog, back to the sign-in form. */
    void logout() {
        click(By.id("account-button"));
        click(By.id("sign-out"));
        visible(By.id("login-username"));
    }

    /** Goes to a view through its link in the navigation. */
    void view(String id) {
        click(By.id("nav-" + id));
        visible(By.id("view-" + id));
    }

    // ---- finding and waiting -------------------------------------------------------------------------------------

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks the element once it is clickable; a click a passing message intercepts (messages fade after a few seconds)
     * is tried again until the wait runs out.
     */
    void click(By by) {
        wait.ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element =
                            ExpectedConditions.elementToBeClickable(by).apply(d);
                    if (element == null) return null;
                    element.click();
                    return true;
                });
    }

    void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(d -> {
            try {
                return condition.apply(d);
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** Waits until the element's text holds {@code part}, and returns the text. */
    String textContaining(By by, String part) {
        return until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.getFirst().getText().contains(part)
                    ? null
                    : found.getFirst().getText();
        });
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Violations of the content security policy recorded on the current page. */
    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        Object v = script("return window.__cspViolations || [];");
        return (List<String>) v;
    }

    /** The text of the whole page: what a person could read, dialogs and panels included. */
    String pageText() {
        return String.valueOf(script("return document.body.innerText;"));
    }

    /** What the chart draws: {nodes, edges}, asked of the graph module the page loaded. */
    @SuppressWarnings("unchecked")
    Map<String, Long> chartSize() {
        return (Map<String, Long>) asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/views/graph.js').then(m => done(m.size()));");
    }

    /** Ids of the entities on the chart, asked of the graph module the page loaded. */
    @SuppressWarnings("unchecked")
    List<String> chartIds() {
        return (List<String>) asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/views/graph.js').then(m => done(m.entities().map(e => e.id)));");
    }

    /** The TLP marking of every fact on the chart. */
    @SuppressWarnings("unchecked")
    List<String> chartFactMarkings() {
        return (List<String>) asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/views/graph.js').then(m => done(m.factMarkings()));");
    }

    /** Captions of the entities on the chart. */
    @SuppressWarnings("unchecked")
    List<String> chartCaptions() {
        return (List<String>) asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/views/graph.js').then(m => done(m.entities().map(e => e.caption)));");
    }

    /** Opens the chart's list of entities (if it is not open) and clears the selection. */
    void chartListWithNothingSelected() {
        WebElement toggle = visible(By.id("graph-list-toggle"));
        if (!"true".equals(toggle.getAttribute("aria-expanded"))) click(By.id("graph-list-toggle"));
        click(By.id("graph-select-none"));
        until(d -> d.findElements(By.cssSelector("#graph-list input[type=checkbox]:checked"))
                        .isEmpty()
                ? true
                : null);
    }

    /** Selects the entity with this caption by its checkbox in the chart's list. */
    void tick(String caption) {
        click(By.cssSelector("#graph-list input[aria-label='Select " + caption + "']"));
    }

    // ---- screenshots ---------------------------------------------------------------------------------------------

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
