package io.comptoir.app.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
    }
}
