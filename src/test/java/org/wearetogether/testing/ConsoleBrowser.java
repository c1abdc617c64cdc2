package org.wearetogether.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driving the console, for end-to-end tests: Debian's {@code chromium} and {@code chromedriver}
 * ({@code .ci/run} installs them). Where either is missing, {@link #open} skips the test (a JUnit assumption).
 *
 * <p>Every page shown through {@link #visit} or {@link #check} is saved as a screenshot under
 * {@code target/screenshots/<test>/} and checked with axe-core: a serious or critical accessibility violation fails
 * the test.
 *
 * <pre>{@code
 * try (FakeTelegram telegram = FakeTelegram.start();
 *         RunningService service = ConsoleBrowser.startService(telegram, data, "together.access.admins=900");
 *         ConsoleBrowser browser = ConsoleBrowser.open("BoardIT-login")) {
 *     browser.login(telegram.user(900, "Admin", "en"));   // /console in the chat, the link from the bot, the button
 *     browser.check("board");
 * }
 * }</pre>
 */
public final class ConsoleBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern LINK = Pattern.compile("https?://\\S+/console/login/[A-Za-z0-9_-]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final AtomicInteger shots = new AtomicInteger();

    private ConsoleBrowser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** Whether this machine can run browser tests. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Starts the service with the console reachable: a fixed free port and {@code TOGETHER_PUBLIC_URL} pointing at it,
     * so that the bot's login links lead to this service.
     */
    public static RunningService startService(FakeTelegram telegram, Path dataDir, String... extraProperties) {
        int port = freePort();
        List<String> properties =
                new ArrayList<>(List.of("server.port=" + port, "together.console.public-url=http://127.0.0.1:" + port));
        properties.addAll(List.of(extraProperties));
        return RunningService.start(telegram, dataDir, properties.toArray(String[]::new));
    }

    /** A new browser with a fresh profile; skips the test where Chromium or its driver is missing. */
    public static ConsoleBrowser open(String name) {
        Assumptions.assumeTrue(
                available(),
                "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("console-browser-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,900",
                    "--lang=en-GB",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Path screenshots = Path.of("target", "screenshots", name.replaceAll("[^A-Za-z0-9_.-]", "_"));
            Files.createDirectories(screenshots);
            return new ConsoleBrowser(driver, profile, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The one-time login link the bot sends {@code staff} for {@code /console} (read from its sendMessage). */
    public static String loginLink(FakeTelegramUser staff) {
        staff.sendCommand("console");
        FakeTelegramMessage reply = staff.awaitReply(m -> LINK.matcher(m.text()).find());
        Matcher link = LINK.matcher(reply.text());
        link.find();
        return link.group();
    }

    /** Logs in as {@code staff} through the bot: {@code /console}, the link, the button; ends on the board. */
    public void login(FakeTelegramUser staff) {
        visit(loginLink(staff), "login");
        driver.findElement(By.id("login")).click();
        await(d -> d.getCurrentUrl().contains("/console/board"));
        await(By.cssSelector("section.board"));
        check("board");
    }

    /** Opens a page, waits for it, and checks it ({@link #check}). */
    public void visit(String url, String name) {
        driver.get(url);
        await(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        check(name);
    }

    /** Saves a screenshot of the page as it is and fails on serious or critical accessibility violations. */
    public void check(String name) {
        screenshot(name);
        List<String> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "Accessibility (axe-core) on " + driver.getCurrentUrl() + ":\n" + String.join("\n", violations));
        }
    }

    /** Saves {@code target/screenshots/<test>/<nn>-<name>.png}; returns its path. */
    public Path screenshot(String name) {
        try {
            Path file = screenshots.resolve(
                    "%02d-%s.png".formatted(shots.incrementAndGet(), name.replaceAll("[^A-Za-z0-9_.-]", "_")));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical axe-core violations of the page, one line each (rule, impact, where). */
    public List<String> accessibilityViolations() {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AxeSource.SCRIPT);
        }
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done('ERROR ' + e));");
        String text = String.valueOf(result);
        if (text.startsWith("ERROR")) {
            throw new AssertionError("axe-core could not run: " + text);
        }
        List<String> found = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(text)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    found.add(v.path("id").asText() + " (" + impact + "): "
                            + v.path("help").asText() + " at " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    public WebElement await(By locator) {
        return await(d -> d.findElement(locator));
    }

    /**
     * Waits until the condition holds. A page that is being replaced (a click that navigates, an htmx swap) can make
     * Chrome refuse a read of an element it just found ("Node with given id does not belong to the document", a plain
     * WebDriverException rather than a stale element): such a read is tried again until the wait runs out, and a
     * condition that never holds still fails with its last cause.
     */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(condition::apply);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind does no harm
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's script, read once from the test classpath. */
    private static final class AxeSource {
        static final String SCRIPT = read();

        private static String read() {
            try (InputStream in = ConsoleBrowser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
