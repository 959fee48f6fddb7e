package org.bepart.system;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events and the newsletter in Chromium: the list and month views, an event page and its .ics (read by ical4j), an
 * editor publishing an event; a visitor subscribing with double opt-in through the mail GreenMail receives; the editor
 * sending a digest whose progress bar reaches 100 %, the digest's unsubscribe link; axe on every new page.
 */
class EventsJourneyIT {

    private static final String MARK = UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");
    private static final String DEMO_EVENT = "EU Sustainable Energy Week: online session on local energy communities";

    private static Browser browser;
    private static Mailbox mailbox;

    @BeforeAll
    static void open() {
        mailbox = new Mailbox();
        browser = new Browser("en");
    }

    @AfterAll
    static void close() {
        browser.close();
        mailbox.close();
    }

    private Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(js, arguments);
    }

    private static Calendar calendar(String path) throws Exception {
        HttpResponse<String> response = Site.get(path);
        assertEquals(200, response.statusCode(), path);
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("text/calendar") && type.toLowerCase().contains("charset=utf-8"), type);
        return new CalendarBuilder().build(new StringReader(response.body()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void visitorsBrowseEventsAndTakeThemIntoTheirCalendar() throws Exception {
        browser.open("/events?lang=en");
        assertTrue(browser.text().contains("Upcoming events") && browser.text().contains("Past events"));
        assertTrue(browser.text().contains(DEMO_EVENT), browser.text());
        browser.assertAccessible("events list");

        YearMonth month = YearMonth.from(LocalDate.now(YEREVAN).plusDays(12));
        browser.open("/events?lang=en&month=" + month);
        WebElement table = browser.find(By.cssSelector("table.event-calendar"));
        assertFalse(table.findElement(By.tagName("caption")).getText().isBlank());
        assertEquals(7, table.findElements(By.cssSelector("thead th[scope=col]")).size());
        assertFalse(table.findElements(By.linkText("10:00 " + DEMO_EVENT)).isEmpty(), table.getText());
        browser.assertAccessible("events month view");
        WebElement next = browser.find(By.cssSelector(".event-months a[rel=next]"));
        next.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl()
                .contains("month=" + month.plusMonths(1)));
        assertFalse(browser.find(By.cssSelector(".event-months a[rel=prev]")).getAttribute("href").isBlank());
        browser.open("/events?lang=en&month=2026-13");
        assertTrue(browser.text().contains("Upcoming events"), "a month that means nothing shows the list");

        browser.open("/events?lang=en");
        browser.follow(browser.driver.findElement(By.linkText(DEMO_EVENT)));
        assertTrue(browser.driver.getCurrentUrl().matches(".*/events/[0-9]+/.*"), browser.driver.getCurrentUrl());
        assertTrue(browser.text().contains("Join online"), browser.text());
        browser.assertAccessible("event page");
        Instant shownStart = OffsetDateTime.parse(browser.find(By.cssSelector(".event-detail dd time"))
                .getAttribute("datetime")).toInstant();

        String ics = browser.find(By.partialLinkText("Add to calendar")).getAttribute("href")
                .replace(Site.BASE, "");
        Calendar one = calendar(ics);
        List<VEvent> events = one.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        assertEquals(DEMO_EVENT, value(events.get(0), Property.SUMMARY));
        assertEquals(shownStart, Instant.from(events.get(0).getDateTimeStart().getDate()));
        assertTrue(value(events.get(0), Property.UID).startsWith("event-"));
        assertTrue(one.getComponent(Component.VTIMEZONE).isPresent());

        Calendar feed = calendar("/events/feed.ics?lang=fr");
        assertTrue(feed.getComponents(Component.VEVENT).size() >= 4, "every published event");
        assertEquals(404, Site.get("/events/999999999.ics").statusCode());
        assertEquals(404, Site.get("/events/999999999").statusCode());

        browser.open("/?lang=en");
        assertTrue(browser.text().contains("Upcoming events") && browser.text().contains(DEMO_EVENT));
    }

    @Test
    void aSubscriberConfirmsByMailAndTheEditorSendsADigestWithProgress() throws Exception {
        String email = "reader-" + MARK + "@example.org";
        browser.open("/newsletter?lang=en");
        browser.assertAccessible("newsletter page");
        browser.fill("E-mail address", email);
        new Select(browser.labelled("Language of the mails")).selectByVisibleText("Français");
        browser.follow(browser.action("Subscribe"));
        assertTrue(browser.text().contains("confirmation link"), browser.text());
        browser.assertAccessible("newsletter: link sent");

        browser.open(mailbox.link(email, "/newsletter/confirm"));
        browser.follow(browser.action("Confirm my subscription"));
        assertTrue(browser.text().contains("votre abonnement est confirmé"), browser.text());
        browser.assertAccessible("newsletter: confirmed");

        browser.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
        browser.open("/admin/events?lang=en");
        browser.assertAccessible("back office: events");
        browser.follow(browser.action("New event"));
        browser.assertAccessible("back office: new event");
        LocalDate day = LocalDate.now(YEREVAN).plusDays(9);
        script("arguments[0].value = arguments[1]; arguments[2].value = arguments[3];",
                browser.labelled("Starts (date and time, Asia/Yerevan)"), day + "T17:00",
                browser.labelled("Ends (date and time, Asia/Yerevan)"), day + "T19:30");
        browser.fill("Place", "Dilijan, community hall");
        browser.fill("Title", "Neighbourhood climate forum " + MARK);
        browser.fill("Description", "Residents and the municipality plan shade trees together.");
        browser.follow(browser.action("Publish"));
        assertTrue(browser.text().contains("The event is published."), browser.text());
        browser.assertAccessible("back office: published event");
        browser.open("/events?lang=en");
        assertTrue(browser.text().contains("Neighbourhood climate forum " + MARK));

        browser.open("/admin/newsletter?lang=en");
        browser.assertAccessible("back office: newsletter");
        WebElement first = browser.find(By.cssSelector("ul.choice-list input[type=checkbox]"));
        first.click();
        browser.follow(browser.action("Preview"));
        assertTrue(browser.find(By.cssSelector(".digest-preview")).getText().contains("/news/"));
        browser.assertAccessible("back office: newsletter preview");
        browser.follow(browser.action("Send to all confirmed subscribers"));
        assertTrue(browser.driver.getCurrentUrl().contains("digest="), browser.driver.getCurrentUrl());
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> browser.find(By.id("progress-text"))
                    .getText().contains("(100 %)"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no 100 % in: " + browser.text(), e);
        }
        assertEquals("100", browser.find(By.id("digest-progress")).getAttribute("value"));
        assertEquals("polite", browser.find(By.id("progress-text")).getAttribute("aria-live"));
        browser.assertAccessible("back office: digest sent");

        String unsubscribe = mailbox.link(email, "/newsletter/unsubscribe");
        assertTrue(mailbox.receives(email, "/news/"), "the digest arrived");
        browser.signOut();
        browser.open(unsubscribe);
        browser.follow(browser.action("Unsubscribe"));
        assertTrue(browser.text().contains("Vous êtes désabonné"), browser.text());
    }
}
