package org.bepart.news;

import org.bepart.image.InvalidImageException;
import org.bepart.image.ImageBytes;
import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.language.Language;
import org.bepart.media.TestImages;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.BusinessException;
import org.bepart.shared.ConcurrentChangeException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The news services on Payara Micro with the Flyway schema on H2 (and the demo news). */
@ExtendWith(ArquillianExtension.class)
public class NewsServiceIT {

    @EJB
    private NewsService news;

    @EJB
    private NewsEditorService editor;

    @EJB
    private NewsTestData data;

    private long editorId;

    @BeforeEach
    void anEditor() {
        editorId = data.account("Editor " + UUID.randomUUID().toString().substring(0, 8), Role.EDITOR);
    }

    private static NewsForm form(String title) {
        NewsForm form = new NewsForm(Language.HY);
        form.setCategory(NewsCategory.ANNOUNCEMENT);
        form.text(Language.HY).setTitle(title);
        form.text(Language.HY).setBody("<p>Մարմին " + title + "</p>");
        return form;
    }

    private static boolean listed(NewsList list, long id) {
        return list.items().stream().anyMatch(c -> c.id() == id);
    }

    /** The business exception a service call ends with (EJB containers may or may not wrap it). */
    private static <T extends BusinessException> T fails(Class<T> type, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + ", got " + thrown, thrown);
    }

    @Test
    void aDraftIsHiddenUntilPublishedAndHiddenAgainWhenUnpublished() {
        String title = "Վերնագիր " + UUID.randomUUID();
        long id = editor.create(editorId, form(title));
        assertTrue(news.find(id, Language.HY).isEmpty(), "a draft is not public");
        assertFalse(listed(news.list(Language.HY, null, null, 1, 50), id));

        int version = editor.load(editorId, id).getVersion();
        version = editor.publish(editorId, id, version);
        NewsDetail detail = news.find(id, Language.HY).orElseThrow();
        assertEquals(title, detail.card().title());
        assertTrue(listed(news.list(Language.HY, NewsCategory.ANNOUNCEMENT, null, 1, 50), id));
        assertFalse(listed(news.list(Language.HY, NewsCategory.EVENT, null, 1, 50), id), "category filter");
        YearMonth month = YearMonth.from(detail.card().publishAt().atZone(ZoneId.of("Asia/Yerevan")));
        assertTrue(listed(news.list(Language.HY, null, month, 1, 50), id), "archive month");
        assertFalse(listed(news.list(Language.HY, null, month.minusMonths(1), 1, 50), id));
        assertTrue(news.archive(null).stream().anyMatch(m -> m.month().equals(month) && m.count() >= 1));
        assertTrue(news.latest(Language.HY, 3, null).stream().anyMatch(c -> c.id() == id), "newest first");
        assertTrue(news.feed(Language.EN, NewsCategory.ANNOUNCEMENT, 20).stream().anyMatch(d -> d.card().id() == id));

        editor.unpublish(editorId, id, version);
        assertTrue(news.find(id, Language.HY).isEmpty(), "unpublished is hidden");
        assertFalse(listed(news.list(Language.HY, null, null, 1, 50), id));
        assertEquals(List.of("CREATED", "PUBLISHED", "UNPUBLISHED"), data.auditActions(id));
    }

    @Test
    void aScheduledItemAppearsWhenItsTimeComesWithoutAnybodyActing() throws InterruptedException {
        long id = editor.create(editorId, form("Ժամանակացույց " + UUID.randomUUID()));
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Asia/Yerevan")).plusSeconds(3);
        editor.schedule(editorId, id, editor.load(editorId, id).getVersion(), at);
        assertEquals(NewsStatus.SCHEDULED, editor.load(editorId, id).getStatus());
        assertTrue(news.find(id, Language.HY).isEmpty(), "not before its time");
        Thread.sleep(4500);
        assertTrue(news.find(id, Language.HY).isPresent(), "visible once its time has come");
        assertEquals(NewsStatus.PUBLISHED, editor.load(editorId, id).getStatus());
        assertTrue(data.auditActions(id).contains("SCHEDULED"));

        long past = editor.create(editorId, form("Անցյալ " + UUID.randomUUID()));
        BusinessException e = fails(NewsTransitionException.class, () -> editor.schedule(editorId, past,
                editor.load(editorId, past).getVersion(), LocalDateTime.now(ZoneId.of("Asia/Yerevan")).minusHours(1)));
        assertEquals("news.error.scheduleInPast", e.getMessageKey());
    }

    @Test
    void readersGetTheirLanguageOrTheOriginal() {
        NewsForm form = form("Հայերեն վերնագիր");
        form.text(Language.EN).setTitle("English title");
        form.text(Language.EN).setBody("<p>English body</p>");
        long id = editor.create(editorId, form);
        editor.publish(editorId, id, editor.load(editorId, id).getVersion());

        NewsDetail english = news.find(id, Language.EN).orElseThrow();
        assertEquals("English title", english.card().title());
        assertFalse(english.card().fallback());
        assertEquals("english-title", english.card().slug());
        NewsDetail french = news.find(id, Language.FR).orElseThrow();
        assertEquals("Հայերեն վերնագիր", french.card().title());
        assertEquals(Language.HY, french.card().language());
        assertTrue(french.card().fallback());
        assertEquals(List.of(Language.HY, Language.EN), french.languages());
    }

    @Test
    void onlyEditorsAndAdministratorsMayEdit() {
        long contributor = data.account("Contributor", Role.CONTRIBUTOR);
        long reviewer = data.account("Reviewer", Role.REVIEWER);
        fails(AccessDeniedException.class, () -> editor.create(contributor, form("Չթույլատրված")));
        fails(AccessDeniedException.class, () -> editor.list(reviewer, null, Language.EN));
        fails(AccessDeniedException.class, () -> editor.create(null, form("Այցելու")));
        long id = editor.create(editorId, form("Թույլատրված"));
        fails(AccessDeniedException.class, () -> editor.publish(contributor, id, 1));

        long administrator = data.account("Administrator", Role.ADMINISTRATOR);
        editor.publish(administrator, id, editor.load(administrator, id).getVersion());
        assertEquals("Administrator", data.lastAuditActor(id));
    }

    @Test
    void anEditWithAStaleVersionIsRefusedAndNothingIsSaved() {
        long id = editor.create(editorId, form("Առաջին"));
        NewsForm mine = editor.load(editorId, id);
        NewsForm theirs = editor.load(editorId, id);
        theirs.text(Language.HY).setTitle("Նրանց տարբերակը");
        editor.save(editorId, theirs);

        mine.text(Language.HY).setTitle("Իմ տարբերակը");
        ConcurrentChangeException e = fails(ConcurrentChangeException.class, () -> editor.save(editorId, mine));
        assertEquals("error.concurrentChange", e.getMessageKey());
        assertEquals("Նրանց տարբերակը", editor.load(editorId, id).text(Language.HY).getTitle());
        fails(ConcurrentChangeException.class, () -> editor.publish(editorId, id, mine.getVersion()));
        assertEquals(List.of("CREATED", "EDITED"), data.auditActions(id));
    }

    @Test
    void bodiesAreSanitisedBeforeTheyAreStored() {
        NewsForm form = form("Անվտանգ");
        form.text(Language.HY).setBody("<p>Լավ</p><script>alert(1)</script><img src=\"x\" onerror=\"alert(2)\">"
                + "<a href=\"javascript:alert(3)\">հղում</a>");
        long id = editor.create(editorId, form);
        String stored = data.storedBody(id, Language.HY);
        assertFalse(stored.contains("<script"), stored);
        assertFalse(stored.contains("onerror"), stored);
        assertFalse(stored.contains("javascript"), stored);
        assertTrue(stored.startsWith("<p>Լավ</p>"), stored);
    }

    @Test
    void editingTranslationsTagsPinAndCallToActionIsRecorded() {
        long id = editor.create(editorId, form("Թարգմանություններ"));
        NewsForm form = editor.load(editorId, id);
        form.text(Language.RU).setTitle("Русский заголовок");
        form.setTags("youth, green transition, youth");
        form.setCtaLink("/account/initiatives");
        form.text(Language.HY).setCtaLabel("Ներկայացրեք նախաձեռնությունը");
        int version = editor.save(editorId, form);
        version = editor.pin(editorId, id, version, true);
        editor.publish(editorId, id, version);

        NewsDetail detail = news.find(id, Language.RU).orElseThrow();
        assertEquals("Русский заголовок", detail.card().title());
        assertEquals(List.of("youth", "green transition"), detail.tags());
        assertEquals("/account/initiatives", detail.ctaLink());
        assertTrue(news.home(Language.RU, 4).pinned().stream().anyMatch(c -> c.id() == id), "pinned on home");

        NewsForm removal = editor.load(editorId, id);
        removal.text(Language.RU).setTitle("");
        removal.setCtaLink("https://elsewhere.example/");
        BusinessException e = fails(BusinessException.class, () -> editor.save(editorId, removal));
        assertEquals("news.error.ctaLink", e.getMessageKey());
        removal.setCtaLink(null);
        editor.save(editorId, removal);
        assertTrue(news.find(id, Language.RU).orElseThrow().card().fallback(), "the Russian text was removed");
        assertEquals(List.of("CREATED", "EDITED", "PINNED", "PUBLISHED", "EDITED"), data.auditActions(id));
    }

    @Test
    void uploadedImagesAreReencodedAndServed() throws Exception {
        ImageRef image = editor.upload(editorId, "C:\\photos\\poster.png", TestImages.plain("png", 900, 600));
        assertEquals("poster.png", image.fileName());
        ImageBytes served = news.image(image.id(), true).orElseThrow();
        assertEquals("image/jpeg", served.contentType(), "an opaque PNG is stored as JPEG");
        assertTrue(editor.images(editorId).stream().anyMatch(i -> i.id() == image.id()));
        fails(InvalidImageException.class, () -> editor.upload(editorId, "evil.png",
                "<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        NewsForm form = form("Նկարով");
        form.setCoverImageId(image.id());
        long id = editor.create(editorId, form);
        editor.publish(editorId, id, editor.load(editorId, id).getVersion());
        assertEquals(image.id(), news.find(id, Language.EN).orElseThrow().card().coverImageId());
    }

    @Test
    void theDemoNewsAreLoadedWithAScheduledItemStillHidden() {
        NewsList all = news.list(Language.EN, null, null, 1, 50);
        assertTrue(all.items().stream().anyMatch(c -> c.title().startsWith("BePART is open")), "demo news loaded");
        assertTrue(all.items().stream().noneMatch(c -> c.title().startsWith("Coming soon")),
                "the demo item scheduled days ahead is not visible yet");
        assertTrue(news.home(Language.EN, 4).pinned().stream()
                .anyMatch(c -> c.category() == NewsCategory.ANNOUNCEMENT), "the pinned demo announcement");
    }
}
