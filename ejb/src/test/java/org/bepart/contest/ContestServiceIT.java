package org.bepart.contest;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.language.Language;
import org.bepart.media.TestImages;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.BusinessException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contest services on Payara Micro with the Flyway schema on H2 (and the demo contests). */
@ExtendWith(ArquillianExtension.class)
public class ContestServiceIT {

    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

    @EJB
    private ContestService contests;

    @EJB
    private EntryService entries;

    @EJB
    private ContestEditorService editor;

    @EJB
    private JuryService jury;

    @EJB
    private ContestTestData data;

    private long editorId;
    private long jurorId;

    @BeforeEach
    void people() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        editorId = data.account("Editor " + mark, Role.EDITOR);
        jurorId = data.account("Juror " + mark, Role.REVIEWER);
    }

    private static byte[] png() {
        return TestImages.plain("png", 320, 200);
    }

    /** A published contest for ages 8–17 open from {@code opensInDays} to {@code closesInDays} (negative: past). */
    private long contest(int opensInDays, int closesInDays) {
        ContestForm form = new ContestForm(Language.EN);
        form.text(Language.EN).setTitle("Draw a fair green transition " + UUID.randomUUID());
        form.text(Language.EN).setRules("One drawing per child.");
        form.text(Language.HY).setTitle("Նկարիր արդար կանաչ անցումը");
        form.setMinAge(8);
        form.setMaxAge(17);
        LocalDateTime now = LocalDateTime.now(YEREVAN);
        form.setOpensAt(now.plusDays(opensInDays));
        form.setClosesAt(now.plusDays(closesInDays));
        form.setCategories(List.of(EntryCategory.DRAWING, EntryCategory.VIDEO));
        form.setMaxVideoMb(5);
        long id = editor.create(editorId, form);
        editor.publish(editorId, id, editor.load(editorId, id).getVersion());
        return id;
    }

    private static EntryForm child(String name, int age, boolean consent) {
        EntryForm form = new EntryForm();
        form.setParticipantName(name);
        form.setAge(age);
        form.setEmail("family@example.org");
        form.setCategory(EntryCategory.DRAWING);
        form.setTitle("Wind turbines over Lake Sevan");
        form.setGuardianConsent(consent);
        form.setGuardianName(consent ? "Mariam Petrosyan" : null);
        return form;
    }

    private long enter(long contestId, String name) throws IOException {
        return entries.submit(contestId, child(name, 12, true), Upload.of("drawing.png", png()), null, null);
    }

    /** The business exception a service call ends with (EJB containers may or may not wrap it). */
    private static <T extends Throwable> T fails(Class<T> type, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + ", got " + thrown, thrown);
    }

    @Test
    void anEntryBeforeTheDeadlineIsAcceptedAndOneAfterItRefused() throws IOException {
        long open = contest(-1, 21);
        long entry = enter(open, "Anahit");
        assertEquals("PENDING", data.moderation(entry));
        assertTrue(contests.overview(Language.EN).open().stream().anyMatch(c -> c.id() == open));
        assertTrue(contests.open(Language.EN, 50).stream().anyMatch(c -> c.id() == open), "on the home page");

        long closed = contest(-10, -1);
        assertTrue(contests.overview(Language.EN).past().stream().anyMatch(c -> c.id() == closed));
        ContestClosedException e = fails(ContestClosedException.class, () -> enter(closed, "Late"));
        assertEquals("contest.error.closed", e.getMessageKey());

        long upcoming = contest(3, 10);
        assertTrue(contests.overview(Language.EN).upcoming().stream().anyMatch(c -> c.id() == upcoming));
        assertEquals("contest.error.notOpen", fails(BusinessException.class, () -> enter(upcoming, "Early"))
                .getMessageKey());
    }

    @Test
    void aMinorWithoutConsentIsRefusedAndBadWorksToo() throws IOException {
        long open = contest(-1, 21);
        BusinessException e = fails(BusinessException.class, () -> entries.submit(open, child("Aram", 11, false),
                Upload.of("a.png", png()), null, null));
        assertEquals("contest.error.consentRequired", e.getMessageKey());
        assertEquals("contest.error.ageOutOfRange", fails(BusinessException.class, () -> entries.submit(open,
                child("Aram", 19, true), Upload.of("a.png", png()), null, null)).getMessageKey());
        assertEquals("news.error.imageNotReadable", fails(BusinessException.class, () -> entries.submit(open,
                child("Aram", 11, true), Upload.of("a.png", "<script>".getBytes()), null, null)).getMessageKey());
        EntryForm video = child("Aram", 11, true);
        video.setCategory(EntryCategory.VIDEO);
        assertEquals("contest.error.videoType", fails(BusinessException.class, () -> entries.submit(open, video,
                null, Upload.of("v.mp4", new byte[64]), null)).getMessageKey());
        byte[] mp4 = new byte[64];
        System.arraycopy("ftypisom".getBytes(), 0, mp4, 4, 8);
        long accepted = entries.submit(open, video, null, Upload.of("v.mp4", mp4), null);
        assertEquals("PENDING", data.moderation(accepted));
        video.setVideoLink("https://vimeo.com/1");
        assertEquals("contest.error.oneWork", fails(BusinessException.class, () -> entries.submit(open, video,
                null, Upload.of("v.mp4", mp4), null)).getMessageKey());
    }

    @Test
    void entriesWaitingForModerationAreCappedPerClientAndPerContest() {
        long open = contest(-1, 21);
        String client = "203.0.113." + UUID.randomUUID();
        for (int i = 0; i < EntryService.DEFAULT_MAX_PENDING_PER_CLIENT; i++) {
            entries.submit(open, linked("Client " + i), null, null, client);
        }
        assertEquals("contest.error.tooManyFromClient", fails(BusinessException.class, () -> entries.submit(open,
                linked("One too many"), null, null, client)).getMessageKey());
        long other = entries.submit(open, linked("Another client"), null, null, "2001:db8:1:2::/64");
        editor.approve(editorId, other);
        for (long i = EntryService.DEFAULT_MAX_PENDING_PER_CLIENT; i < EntryService.DEFAULT_MAX_PENDING; i++) {
            entries.submit(open, linked("Unknown client " + i), null, null, null);
        }
        assertEquals("contest.error.tooManyPending", fails(BusinessException.class, () -> entries.submit(open,
                linked("Over the cap"), null, null, "2001:db8:9::/64")).getMessageKey());
        assertEquals(EntryService.DEFAULT_MAX_PENDING, data.pending(open), "nothing stored past the caps");
    }

    @Test
    void anonymousPicturesWithTooManyPixelsAreRefusedBeforeDecodingAndVideosStoredWhole() throws IOException {
        long open = contest(-1, 21);
        byte[] png = TestImages.bilevelPng(6000, 6600);
        assertTrue(png.length < 200_000, "a small file: " + png.length);
        assertEquals("contest.error.imageTooManyPixels", fails(BusinessException.class, () -> entries.submit(open,
                child("Bomb", 12, true), Upload.of("bomb.png", png), null, "192.0.2.1"))
                .getMessageKey());

        EntryForm video = child("Video", 12, true);
        video.setCategory(EntryCategory.VIDEO);
        byte[] mp4 = new byte[3 * 1024 * 1024 + 17];
        System.arraycopy("ftypisom".getBytes(), 0, mp4, 4, 8);
        mp4[mp4.length - 1] = 42;
        long id = entries.submit(open, video, null, Upload.of("v.mp4", mp4), "192.0.2.1");
        assertTrue(java.util.Arrays.equals(mp4, contests.media(editorId, id, false).orElseThrow().bytes()),
                "the video as sent");
    }

    private static EntryForm linked(String name) {
        EntryForm form = child(name, 12, true);
        form.setVideoLink("https://vimeo.com/76979871");
        return form;
    }

    @Test
    void moderationHidesPendingAndRejectedEntries() throws IOException {
        long open = contest(-1, 21);
        long pending = enter(open, "Pending");
        long approved = enter(open, "Approved");
        long rejected = enter(open, "Rejected");
        editor.approve(editorId, approved);
        editor.reject(editorId, rejected, "Not the participant's own work");
        List<Long> shown = contests.find(open, Language.EN).orElseThrow().entries().stream().map(EntryCard::id)
                .toList();
        assertEquals(List.of(approved), shown);
        assertTrue(contests.media(null, approved, true).isPresent(), "approved works are public");
        assertTrue(contests.media(null, pending, false).isEmpty(), "pending works are not");
        assertTrue(contests.media(editorId, pending, false).isPresent(), "editors see them");
        assertEquals("REJECTED", data.moderation(rejected));
        assertEquals(List.of(pending), editor.entries(editorId, open, Moderation.PENDING).stream()
                .map(ModerationRow::id).toList());
        assertEquals("contest.error.reasonRequired", fails(BusinessException.class,
                () -> editor.reject(editorId, pending, " ")).getMessageKey());
        assertTrue(data.auditActions(open).containsAll(List.of("CREATED", "PUBLISHED", "APPROVED", "REJECTED")));
    }

    @Test
    void theJuryScoresOnceEachAndTheWinnersAppearInTheGallery() throws IOException {
        long open = contest(-1, 21);
        long first = enter(open, "First");
        long second = enter(open, "Second");
        long pending = enter(open, "Unmoderated");
        editor.approve(editorId, first);
        editor.approve(editorId, second);
        long otherJuror = data.account("Second juror", Role.ADMINISTRATOR);

        jury.score(jurorId, first, 6, "Good colours");
        jury.score(jurorId, first, 9, "Changed my mind");
        jury.score(otherJuror, first, 8, null);
        jury.score(jurorId, second, 7, null);
        assertEquals(2, data.scores(first), "one score per juror and entry");
        JuryRow row = jury.entries(jurorId, Language.EN).stream().filter(r -> r.entryId() == first).findFirst()
                .orElseThrow();
        assertEquals(9, row.myScore());
        assertEquals(8.5, row.average(), 1e-9);
        assertEquals(2, row.scores());
        assertFalse(jury.entries(jurorId, Language.EN).stream().anyMatch(r -> r.entryId() == pending),
                "the jury scores approved entries only");
        assertEquals("contest.error.notApproved", fails(BusinessException.class,
                () -> jury.score(jurorId, pending, 5, null)).getMessageKey());
        assertEquals("contest.error.score", fails(BusinessException.class,
                () -> jury.score(jurorId, second, 11, null)).getMessageKey());

        assertTrue(contests.find(open, Language.EN).orElseThrow().winners().isEmpty(), "nothing announced yet");
        List<ModerationRow> winners = editor.announceWinners(editorId, open, 3);
        assertEquals(List.of(first, second), winners.stream().map(ModerationRow::id).toList());
        ContestDetail detail = contests.find(open, Language.EN).orElseThrow();
        assertEquals(List.of(first, second), detail.winners().stream().map(EntryCard::id).toList());
        assertEquals(1, detail.winners().get(0).place());
        assertEquals("contest.error.juryClosed", fails(BusinessException.class,
                () -> jury.score(jurorId, second, 10, null)).getMessageKey());
        assertEquals("contest.error.closed", fails(BusinessException.class, () -> enter(open, "After"))
                .getMessageKey(), "no entries after the announcement");
        assertTrue(data.auditActions(open).contains("WINNERS_ANNOUNCED"));
    }

    @Test
    void rolesAreEnforced() throws IOException {
        long open = contest(-1, 21);
        long entry = enter(open, "Role test");
        long contributor = data.account("Contributor", Role.CONTRIBUTOR);
        fails(AccessDeniedException.class, () -> editor.approve(contributor, entry));
        fails(AccessDeniedException.class, () -> editor.approve(jurorId, entry));
        fails(AccessDeniedException.class, () -> editor.create(null, new ContestForm(Language.EN)));
        editor.approve(editorId, entry);
        fails(AccessDeniedException.class, () -> jury.score(editorId, entry, 5, null));
        fails(AccessDeniedException.class, () -> jury.score(contributor, entry, 5, null));
        fails(AccessDeniedException.class, () -> editor.announceWinners(jurorId, open, 3));
        long editorAndJuror = data.account("Both", Role.EDITOR, Role.REVIEWER);
        jury.score(editorAndJuror, entry, 5, null);
        assertEquals(1, data.scores(entry));
    }

    @Test
    void aDraftContestIsNotPublic() {
        ContestForm form = new ContestForm(Language.FR);
        form.text(Language.FR).setTitle("Brouillon");
        form.setOpensAt(LocalDateTime.now(YEREVAN).minusDays(1));
        form.setClosesAt(LocalDateTime.now(YEREVAN).plusDays(1));
        long id = editor.create(editorId, form);
        assertTrue(contests.find(id, Language.FR).isEmpty());
        assertFalse(contests.overview(Language.FR).open().stream().anyMatch(c -> c.id() == id));
        assertEquals("contest.error.notOpen", fails(BusinessException.class, () -> enter(id, "X")).getMessageKey());
    }
}
