package org.bepart.discussion;

import org.bepart.language.Language;
import org.bepart.shared.AccessDeniedException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of questions, comments and replies: text, one level of replies, the 15-minute edit window, links. */
class InitiativePostTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final long AUTHOR = 7;

    private static InitiativePost saved(InitiativePost post, long id) throws ReflectiveOperationException {
        Field field = InitiativePost.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(post, id);
        return post;
    }

    private static InitiativePost question() throws ReflectiveOperationException {
        return saved(new InitiativePost(1, AUTHOR, PostKind.QUESTION, Language.RU, "  Как это работает?\r\n  ",
                false, T0), 100);
    }

    @Test
    void theTextIsStrippedAndKeptWithItsLanguage() throws ReflectiveOperationException {
        InitiativePost post = question();
        assertEquals("Как это работает?", post.getText());
        assertEquals(Language.RU, post.getLanguage());
        assertTrue(post.isShown());
        assertNull(post.getEditedAt());
    }

    @Test
    void textRules() {
        assertEquals("discussion.error.length", assertThrows(DiscussionException.class,
                () -> PostText.clean("   \n ")).getMessageKey());
        assertEquals("discussion.error.length", assertThrows(DiscussionException.class,
                () -> PostText.clean("x".repeat(PostText.MAX + 1))).getMessageKey());
        assertEquals("x".repeat(PostText.MAX), PostText.clean("x".repeat(PostText.MAX)));
        assertEquals("discussion.error.control", assertThrows(DiscussionException.class,
                () -> PostText.clean("bell\u0007 rings")).getMessageKey());
        assertEquals("discussion.error.control", assertThrows(DiscussionException.class,
                () -> PostText.clean("escape \u001b[31m")).getMessageKey());
        assertEquals("line one\nline\ttwo", PostText.clean("line one\r\nline\ttwo"), "line feeds and tabs stay");
        assertEquals("<script>alert(1)</script>", PostText.clean("<script>alert(1)</script>"),
                "HTML is kept as typed: pages escape it");
        assertThrows(DiscussionException.class, () -> new InitiativePost(1, AUTHOR, PostKind.REPLY, Language.EN,
                "A reply needs a post.", false, T0));
    }

    @Test
    void repliesGoOneLevelDeepOnly() throws ReflectiveOperationException {
        InitiativePost question = question();
        InitiativePost answer = saved(question.reply(8, Language.HY, "Պատասխան", true, T0.plusSeconds(60)), 101);
        assertEquals(PostKind.REPLY, answer.getKind());
        assertEquals(100L, answer.getParentId());
        assertEquals(1L, answer.getInitiativeId());
        assertTrue(answer.isTeam());
        assertEquals("discussion.error.replyDepth", assertThrows(DiscussionException.class,
                () -> answer.reply(AUTHOR, Language.RU, "A reply to the reply", false, T0)).getMessageKey());
    }

    @Test
    void theAuthorEditsWithinFifteenMinutesOnly() throws ReflectiveOperationException {
        InitiativePost post = question();
        post.edit(AUTHOR, "Same text?", T0.plus(InitiativePost.EDIT_WINDOW));
        assertEquals("Same text?", post.getText());
        assertEquals(T0.plus(InitiativePost.EDIT_WINDOW), post.getEditedAt(), "marked as edited");
        assertThrows(AccessDeniedException.class, () -> post.edit(8, "Not mine", T0.plusSeconds(1)));
        assertEquals("discussion.error.editWindow", assertThrows(DiscussionException.class,
                () -> post.edit(AUTHOR, "Too late", T0.plus(InitiativePost.EDIT_WINDOW).plusSeconds(1)))
                .getMessageKey());
        assertFalse(post.isEditable(T0.plus(InitiativePost.EDIT_WINDOW).plusMillis(1)));
        InitiativePost unchanged = question();
        unchanged.edit(AUTHOR, "Как это работает?", T0.plusSeconds(5));
        assertNull(unchanged.getEditedAt(), "the same text is no edit");
    }

    @Test
    void webAddressesBecomeLinksAndNothingElseDoes() {
        assertEquals(List.of(new PostText.Segment("See ", false),
                        new PostText.Segment("https://example.org/a?b=1&c=2", true),
                        new PostText.Segment(", or ", false),
                        new PostText.Segment("http://example.am/path_(x)", true),
                        new PostText.Segment(".", false)),
                PostText.segments("See https://example.org/a?b=1&c=2, or http://example.am/path_(x)."));
        assertEquals(List.of(new PostText.Segment("javascript:alert(1) and <a href=\"x\">x</a>", false)),
                PostText.segments("javascript:alert(1) and <a href=\"x\">x</a>"), "no other scheme, no HTML");
        assertEquals(List.of(new PostText.Segment("(", false), new PostText.Segment("https://bepart.org", true),
                new PostText.Segment(")", false)), PostText.segments("(https://bepart.org)"));
        assertEquals(List.of(new PostText.Segment("https://", false)), PostText.segments("https://"),
                "no host, no link");
        assertEquals(List.of(new PostText.Segment("\"", false), new PostText.Segment("https://x.org/", true),
                new PostText.Segment("\"onmouseover=alert(1)", false)),
                PostText.segments("\"https://x.org/\"onmouseover=alert(1)"), "a quote ends an address");
        assertTrue(PostText.segments("").isEmpty());
    }

    @Test
    void aHeldPostShowsOnceApprovedAndAHiddenOneOnceRestored() throws ReflectiveOperationException {
        InitiativePost post = question();
        post.hold();
        assertFalse(post.isShown());
        assertFalse(post.isEditable(T0), "nobody edits a held post");
        assertEquals("discussion.error.notFound", assertThrows(DiscussionException.class,
                () -> post.reply(8, Language.EN, "Hi", false, T0)).getMessageKey());
        post.approve();
        assertTrue(post.isShown());
        assertEquals("discussion.error.notHeld", assertThrows(DiscussionException.class, post::approve)
                .getMessageKey());

        assertEquals("discussion.error.hideReason", assertThrows(DiscussionException.class,
                () -> post.hide(" ", T0)).getMessageKey());
        assertEquals("discussion.error.hideReason", assertThrows(DiscussionException.class,
                () -> post.hide("x".repeat(501), T0)).getMessageKey());
        post.hide("  Off topic.  ", T0);
        assertTrue(post.isHidden() && !post.isShown());
        assertEquals("Off topic.", post.getHiddenReason());
        assertEquals("discussion.error.alreadyHidden", assertThrows(DiscussionException.class,
                () -> post.hide("Again", T0)).getMessageKey());
        post.restore();
        assertTrue(post.isShown());
        assertNull(post.getHiddenReason());
        assertEquals("discussion.error.notHidden", assertThrows(DiscussionException.class, post::restore)
                .getMessageKey());
    }

    @Test
    void aReportHasAReasonAndAShortPlainNote() {
        PostReport report = new PostReport(100, 8, ReportReason.SPAM, "  Selling watches.\r\n ", T0);
        assertEquals("Selling watches.", report.getNote());
        assertTrue(report.isOpen());
        report.resolve(T0.plusSeconds(60));
        assertFalse(report.isOpen());
        assertNull(new PostReport(100, 9, ReportReason.OTHER, "   ", T0).getNote(), "no note");
        assertEquals("discussion.error.reportNote", assertThrows(DiscussionException.class,
                () -> new PostReport(100, 8, ReportReason.SPAM, "x".repeat(501), T0)).getMessageKey());
        assertEquals("discussion.error.reportNote", assertThrows(DiscussionException.class,
                () -> new PostReport(100, 8, ReportReason.SPAM, "a\u0007b", T0)).getMessageKey());
        assertTrue(PostText.hasLink("See https://example.org/x."));
        assertFalse(PostText.hasLink("See example.org or ftp://example.org"));
    }

    @Test
    void anExcerptIsOneLineCutAtWholeCharacters() {
        assertEquals("Short answer.", InitiativePost.excerpt("  Short\n\tanswer.  ", 20));
        assertEquals("Ab cd…", InitiativePost.excerpt("Ab cd efgh", 6));
        String armenian = "Բաց հրավերով ";
        assertEquals("Բաց…", InitiativePost.excerpt(armenian + armenian, 4));
        String emoji = "\uD83D\uDE00".repeat(5);
        assertEquals("\uD83D\uDE00".repeat(3) + "…", InitiativePost.excerpt(emoji, 3), "no half surrogate pair");
        assertEquals(emoji, InitiativePost.excerpt(emoji, 5));
    }
}
