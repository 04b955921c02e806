package org.borderlink.api.ui;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves a screenshot of the browser under {@code target/screenshots/FAILED-<class>-<test>.png} when a browser test
 * fails, so what the person would have seen is there to look at.
 */
final class ScreenshotOnFailure implements TestWatcher {

    /** A test class whose tests drive a browser. */
    interface UsesBrowser {
        @Nullable
        Browser browser();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (!(context.getTestInstance().orElse(null) instanceof UsesBrowser test) || test.browser() == null) return;
        try {
            var file = test.browser()
                    .screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
            System.err.println("Screenshot of the failed browser test: " + file.toAbsolutePath());
        } catch (RuntimeException e) {
            System.err.println("No screenshot of the failed browser test: " + e);
        }
    }
}
