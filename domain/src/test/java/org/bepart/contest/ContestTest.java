package org.bepart.contest;

import org.bepart.language.Language;
import org.bepart.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestTest {

    private static final Instant NOW = Instant.parse("2026-06-09T11:00:00Z");
    private static final Instant OPENS = NOW.minus(Duration.ofDays(1));
    private static final Instant CLOSES = NOW.plus(Duration.ofDays(21));

    private static Contest contest() {
        Contest contest = new Contest(Language.HY, new ContestText("Կանաչ անցում", "Նկարիր", "Կանոններ"), null,
                OPENS.minus(Duration.ofDays(2)));
        contest.ages(8, 17, OPENS);
        contest.schedule(OPENS, CLOSES, OPENS);
        contest.categorise(List.of(EntryCategory.DRAWING, EntryCategory.VIDEO), OPENS);
        contest.limit(5_000_000, "youtube.com, www.Vimeo.com", 20_000_000, OPENS);
        contest.publish(OPENS);
        return contest;
    }

    private static EntryDraft drawing(int age, boolean consent, String guardian) {
        return new EntryDraft("Anahit", age, "anahit@example.org", EntryCategory.DRAWING, "Sun over Yerevan", consent,
                guardian, true, null, false);
    }

    private static String key(Executable call) {
        return assertThrows(BusinessException.class, call).getMessageKey();
    }

    @Test
    void anEntryWithinTheDatesAndRulesIsAdmittedAsPending() {
        ContestEntry entry = contest().admit(drawing(12, true, "Mariam Petrosyan"), NOW);
        assertEquals(Moderation.PENDING, entry.getModeration());
        assertEquals(MediaKind.IMAGE, entry.getMediaKind());
        assertEquals("Mariam Petrosyan", entry.getGuardianName());
        assertEquals(NOW, entry.getSubmittedAt());
        assertFalse(entry.isVisible(), "pending entries are not shown");
    }

    @Test
    void anEntryAfterTheClosingTimeIsRefusedAsClosed() {
        Contest contest = contest();
        ContestClosedException closed = assertThrows(ContestClosedException.class,
                () -> contest.admit(drawing(12, true, "Mariam"), CLOSES));
        assertEquals("contest.error.closed", closed.getMessageKey());
        assertThrows(ContestClosedException.class, () -> contest.admit(drawing(12, true, "M"), CLOSES.plusSeconds(1)));
        contest.admit(drawing(12, true, "Mariam"), CLOSES.minusSeconds(1));
        assertEquals(ContestPhase.CLOSED, contest.phaseAt(CLOSES));
    }

    @Test
    void anEntryBeforeTheOpeningOrToADraftIsRefused() {
        Contest contest = contest();
        assertEquals("contest.error.notOpen", key(() -> contest.admit(drawing(12, true, "M"), OPENS.minusSeconds(1))));
        assertEquals(ContestPhase.UPCOMING, contest.phaseAt(OPENS.minusSeconds(1)));
        contest.unpublish(NOW);
        assertEquals("contest.error.notOpen", key(() -> contest.admit(drawing(12, true, "M"), NOW)));
    }

    @Test
    void aMinorNeedsTheConsentAndNameOfAParentOrGuardian() {
        Contest contest = contest();
        assertEquals("contest.error.consentRequired", key(() -> contest.admit(drawing(12, false, "Mariam"), NOW)));
        assertEquals("contest.error.guardianRequired", key(() -> contest.admit(drawing(17, true, "  "), NOW)));
        contest.ages(8, 25, NOW);
        ContestEntry adult = contest.admit(drawing(18, false, null), NOW);
        assertNull(adult.getGuardianName(), "adults need no guardian");
    }

    @Test
    void theAgeMustLieInTheContestsRange() {
        Contest contest = contest();
        assertEquals("contest.error.ageOutOfRange", key(() -> contest.admit(drawing(7, true, "M"), NOW)));
        assertEquals("contest.error.ageOutOfRange", key(() -> contest.admit(drawing(18, true, "M"), NOW)));
        assertEquals("contest.error.ageRequired", key(() -> contest.admit(new EntryDraft("A", null, "a@b.org",
                EntryCategory.DRAWING, "T", true, "G", true, null, false), NOW)));
        contest.admit(drawing(8, true, "M"), NOW);
        contest.admit(drawing(17, true, "M"), NOW);
    }

    @Test
    void anEntryCarriesExactlyOneWork() {
        Contest contest = contest();
        assertEquals("contest.error.oneWork", key(() -> contest.admit(new EntryDraft("A", 12, "a@b.org",
                EntryCategory.VIDEO, "T", true, "G", false, null, false), NOW)));
        assertEquals("contest.error.oneWork", key(() -> contest.admit(new EntryDraft("A", 12, "a@b.org",
                EntryCategory.VIDEO, "T", true, "G", true, "https://youtube.com/watch?v=x", false), NOW)));
        assertEquals("contest.error.oneWork", key(() -> contest.admit(new EntryDraft("A", 12, "a@b.org",
                EntryCategory.VIDEO, "T", true, "G", false, "https://vimeo.com/1", true), NOW)));
        ContestEntry link = contest.admit(new EntryDraft("A", 12, "a@b.org", EntryCategory.VIDEO, "T", true, "G",
                false, "https://www.youtube.com/watch?v=abc", false), NOW);
        assertEquals(MediaKind.VIDEO_LINK, link.getMediaKind());
        ContestEntry file = contest.admit(new EntryDraft("A", 12, "a@b.org", EntryCategory.VIDEO, "T", true, "G",
                false, null, true), NOW);
        assertEquals(MediaKind.VIDEO_FILE, file.getMediaKind());
    }

    @Test
    void videoLinksMustPointToAnAllowedHost() {
        Contest contest = contest();
        assertEquals(List.of("youtube.com", "vimeo.com"), contest.getVideoHostList());
        assertTrue(contest.allowsVideoLink("https://vimeo.com/123"));
        assertTrue(contest.allowsVideoLink("https://m.youtube.com/watch?v=1"));
        assertFalse(contest.allowsVideoLink("https://evilyoutube.com/x"));
        assertFalse(contest.allowsVideoLink("https://youtube.com.evil.org/x"));
        assertFalse(contest.allowsVideoLink("javascript:alert(1)"));
        assertFalse(contest.allowsVideoLink("https://user@youtube.com/"));
        assertEquals("contest.error.videoHost", key(() -> contest.admit(new EntryDraft("A", 12, "a@b.org",
                EntryCategory.VIDEO, "T", true, "G", false, "https://example.org/v.mp4", false), NOW)));
    }

    @Test
    void theCategoryMustBeOneOfTheContests() {
        Contest contest = contest();
        assertEquals("contest.error.category", key(() -> contest.admit(new EntryDraft("A", 12, "a@b.org",
                EntryCategory.PHOTO, "T", true, "G", true, null, false), NOW)));
    }

    @Test
    void onlyApprovedEntriesWinAndTheJuryClosesWithTheAnnouncement() {
        Contest contest = contest();
        ContestEntry entry = contest.admit(drawing(12, true, "M"), NOW);
        assertThrows(InvalidEntryException.class, () -> entry.award(1));
        assertEquals("contest.error.reasonRequired", key(() -> entry.reject(" ", null, NOW)));
        entry.approve(null, NOW);
        assertTrue(entry.isVisible());
        entry.award(1);
        assertEquals(1, entry.getPlace());
        assertTrue(contest.isJuryOpen());
        contest.announceWinners(NOW);
        assertFalse(contest.isJuryOpen());
        assertEquals("contest.error.alreadyAnnounced", key(() -> contest.announceWinners(NOW)));
    }

    @Test
    void theDatesAndAgesOfAContestMustMakeSense() {
        Contest contest = contest();
        assertEquals("contest.error.dates", key(() -> contest.schedule(CLOSES, OPENS, NOW)));
        assertEquals("contest.error.ageRange", key(() -> contest.ages(15, 10, NOW)));
        assertEquals("contest.error.videoHosts", key(() -> contest.limit(1, "not a host!", 0, NOW)));
    }

    @Test
    void readersWithoutATranslationSeeTheOriginal() {
        Contest contest = contest();
        contest.write(Language.FR, new ContestText("Transition verte", null, null), NOW);
        assertEquals("Transition verte", contest.textFor(Language.FR).getTitle());
        assertEquals("Կանաչ անցում", contest.textFor(Language.RU).getTitle());
        assertEquals(Language.HY, contest.shownLanguage(Language.RU));
    }

    @Test
    void videoFilesAreKnownByTheirContent() {
        byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        byte[] webm = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1, 2, 3, 4, 5, 6, 7, 8};
        assertEquals("video/mp4", VideoFiles.typeOf(mp4));
        assertEquals("video/webm", VideoFiles.typeOf(webm));
        assertNull(VideoFiles.typeOf("<html><script>x</script>".getBytes()));
        assertNull(VideoFiles.typeOf(new byte[3]));
    }
}
