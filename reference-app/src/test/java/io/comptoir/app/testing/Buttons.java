package io.comptoir.app.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The pages' forms, submitted the way a shopper or a shop does it without JavaScript. */
public final class Buttons {
    private Buttons() {
    }

    /**
     * Clicks the button showing {@code text}, which submits its form, and waits for the page that answers to replace this
     * one: on a loaded machine the browser may still show the old page when the next step looks for an element.
     */
    public static void submit(WebDriver browser, String text) {
        WebElement button = browser.findElements(By.cssSelector("button")).stream().filter(candidate -> candidate.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text + " on " + browser.getCurrentUrl() + ": "
                        + browser.findElement(By.tagName("main")).getText()));
        button.click();
        awaitReplaced(browser, button, Duration.ofSeconds(20));
    }

    /** Waits for the page holding {@code element} to be replaced by the next one, the way {@link #gone} tells it. */
    public static void awaitReplaced(WebDriver browser, WebElement element, Duration patience) {
        new WebDriverWait(browser, patience).until(driver -> gone(element));
    }

    /**
     * Whether the element's page has been replaced. Chromium says so with a stale element, or, while the new page is
     * being built, that the node "does not belong to the document" (an error {@code ExpectedConditions.stalenessOf} does
     * not expect, which failed a CI run).
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        }
        catch (StaleElementReferenceException e) {
            return true;
        }
        catch (WebDriverException e) {
            // any other answer while the browser navigates: ask again (the wait gives up after its patience)
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }
}
