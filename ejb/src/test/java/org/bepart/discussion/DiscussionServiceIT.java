package org.bepart.discussion;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.OrganisationKind;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.SqlStatements;
import org.bepart.submission.FormsAccess;
import org.bepart.submission.SubmissionService;
import org.bepart.submission.SubmissionTestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions and answers on public initiatives, on Payara Micro: posting, the team's answers, edits, who is told; the
 * posts held for a moderator, reports, hiding, restoring and the audit trail of it all.
 */
@ExtendWith(ArquillianExtension.class)
public class DiscussionServiceIT {

    @EJB
    private DiscussionService discussion;

    @EJB
    private SubmissionService submissions;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private SubmissionTestData data;

    @EJB
    private DiscussionTestData posts;

    @EJB
    private DiscussionModeration moderation;

    /** An initiative of a new organisation of {@code member}, submitted (public) or a draft. */
    private long initiative(long member, String title, boolean submit) {
        long organisation = data.organisation(member, OrganisationKind.CIVIL_SOCIETY);
        SubmissionService.Saved s = submissions.create(member, organisation, FormsAccess.basics(title));
        s = submissions.savePlace(member, s.id(), s.version(), FormsAccess.place());
        s = submissions.saveProcess(member, s.id(), s.version(), FormsAccess.process());
        s = submissions.saveResults(member, s.id(), s.version(), FormsAccess.results());
        if (submit) {
            lifecycle.submit(member, s.id(), s.version());
        }
        return s.id();
    }

    @Test
    void aVisitorAsksTheTeamAnswersAndBothAreTold() {
        long member = data.account();
        posts.speaks(member, Language.HY);
        long initiative = initiative(member, "Participatory budget of Gyumri", true);
        long asker = data.account();
        posts.speaks(asker, Language.RU);
        posts.trust(asker);

        long question = discussion.post(asker, initiative, PostKind.QUESTION, Language.RU,
                "Как вы выбирали участников? См. https://example.org/a").id();
        List<String> told = posts.notifications(member);
        assertEquals(1, told.size(), "the team is told: " + told);
        assertTrue(told.get(0).startsWith("DISCUSSION_POST ") && told.get(0).contains("Как вы выбирали")
                && told.get(0).endsWith("@/initiatives/" + initiative + "#post-" + question), told.get(0));
        List<String> mails = posts.mails(data.email(member));
        assertTrue(mails.get(mails.size() - 1).contains("Բարև"), "the member's mail is in Armenian: " + mails);
        assertTrue(posts.notifications(asker).isEmpty(), "not the asker of their own question");

        Posted theAnswer = discussion.reply(member, question, Language.HY, "Բաց հրավերով։");
        assertFalse(theAnswer.held(), "the team's answers are never held, even from a new account");
        long answer = theAnswer.id();
        List<String> answered = posts.notifications(asker);
        assertEquals(1, answered.size(), "the asker is told of the team's answer: " + answered);
        assertTrue(answered.get(0).startsWith("DISCUSSION_ANSWER ") && answered.get(0).contains("Բաց հրավերով"));
        List<String> askerMails = posts.mails(data.email(asker));
        assertTrue(askerMails.get(askerMails.size() - 1).contains("Здравствуйте"), "in Russian: " + askerMails);
        assertEquals(1, posts.notifications(member).size(), "the team is not told of its own answer");

        long commenter = data.account();
        posts.trust(commenter);
        long comment = discussion.post(commenter, initiative, PostKind.COMMENT, Language.EN, "Nice work.").id();

        assertEquals(3, posts.postCount(initiative), "the initiative's row counts what readers see");
        SqlStatements.reset();
        List<DiscussionPost> thread = discussion.thread(initiative, null);
        assertEquals(1, SqlStatements.count(), "the page reads the posts in one statement");
        assertEquals(List.of(question, comment), thread.stream().map(DiscussionPost::id).toList(),
                "answered questions first, then the rest newest first");
        DiscussionPost shown = thread.get(0);
        assertTrue(shown.answered());
        assertFalse(shown.team());
        assertEquals(Language.RU, shown.language());
        assertEquals("Tester", shown.author());
        assertEquals(List.of(new PostText.Segment("Как вы выбирали участников? См. ", false),
                new PostText.Segment("https://example.org/a", true)), shown.segments());
        assertEquals(List.of(answer), shown.replies().stream().map(DiscussionPost::id).toList());
        assertTrue(shown.replies().get(0).team(), "the member's reply is the team's answer");
        assertFalse(thread.get(1).answered());
    }

    @Test
    void repliesGoOneLevelAndOnlyPublicInitiativesTakePosts() {
        long member = data.account();
        long initiative = initiative(member, "Youth council", true);
        long draft = initiative(member, "Youth council draft", false);
        long reader = data.account();
        posts.trust(reader);
        long neighbour = data.account();
        posts.trust(neighbour);
        long question = discussion.post(reader, initiative, PostKind.QUESTION, Language.EN, "When do you meet?").id();
        long reply = discussion.reply(neighbour, question, Language.FR, "Le mardi, je crois.").id();
        assertFalse(discussion.thread(initiative, null).get(0).replies().get(0).team(), "not of the team");
        assertEquals("discussion.error.replyDepth", assertThrows(DiscussionException.class,
                () -> discussion.reply(reader, reply, Language.EN, "Thanks!")).getMessageKey());
        assertEquals("discussion.error.notPublic", assertThrows(DiscussionException.class,
                () -> discussion.post(reader, draft, PostKind.QUESTION, Language.EN, "Draft?")).getMessageKey());
        assertEquals("discussion.error.kind", assertThrows(DiscussionException.class,
                () -> discussion.post(reader, initiative, PostKind.REPLY, Language.EN, "No parent")).getMessageKey());
        assertEquals("discussion.error.length", assertThrows(DiscussionException.class,
                () -> discussion.post(reader, initiative, PostKind.COMMENT, Language.EN, "x".repeat(2001)))
                .getMessageKey());
        assertEquals("discussion.error.control", assertThrows(DiscussionException.class,
                () -> discussion.post(reader, initiative, PostKind.COMMENT, Language.EN, "a\u0000b")).getMessageKey());
        assertThrows(AccessDeniedException.class, () -> discussion.post(987_654_321L, initiative, PostKind.COMMENT,
                Language.EN, "Who am I?"), "an unknown account");

        posts.hide(question);
        DiscussionPost hidden = discussion.thread(initiative, null).get(0);
        assertTrue(hidden.hidden() && hidden.text().isEmpty() && hidden.segments().isEmpty(),
                "a hidden post shows in its place without its text");
        assertEquals("test", hidden.hiddenReason());
        assertEquals(List.of(reply), hidden.replies().stream().map(DiscussionPost::id).toList(), "replies stay");
        assertEquals("discussion.error.notFound", assertThrows(DiscussionException.class,
                () -> discussion.reply(member, question, Language.EN, "Too late.")).getMessageKey());
    }

    @Test
    void theAuthorEditsForFifteenMinutesAndTheEditShows() {
        long member = data.account();
        long initiative = initiative(member, "Open hearings", true);
        long author = data.account();
        posts.trust(author);
        long post = discussion.post(author, initiative, PostKind.COMMENT, Language.EN, "<b>Grat</b> work").id();
        assertThrows(AccessDeniedException.class, () -> discussion.edit(member, post, "Not mine"));
        discussion.edit(author, post, "<b>Great</b> work");
        DiscussionPost shown = discussion.thread(initiative, null).get(0);
        assertEquals("<b>Great</b> work", shown.text(), "stored as typed: pages escape it");
        assertTrue(shown.edited());

        posts.writtenEarlier(post, Duration.ofMinutes(16));
        assertEquals("discussion.error.editWindow", assertThrows(DiscussionException.class,
                () -> discussion.edit(author, post, "Changed later")).getMessageKey());
        assertEquals("<b>Great</b> work", discussion.thread(initiative, null).get(0).text(), "unchanged");
    }

    @Test
    void newAccountsAndFirstPostsWaitForAModeratorWhoApprovesThem() {
        long member = data.account();
        long initiative = initiative(member, "Neighbourhood councils", true);
        long moderator = data.account(Role.REVIEWER);
        long newcomer = data.account();
        long quiet = data.account();
        posts.age(quiet, Duration.ofDays(90));

        Posted first = discussion.post(newcomer, initiative, PostKind.QUESTION, Language.EN, "Who may attend?");
        assertTrue(first.held(), "a new account's post waits");
        Posted firstOfOld = discussion.post(quiet, initiative, PostKind.COMMENT, Language.EN, "Good idea.");
        assertTrue(firstOfOld.held(), "an older account's first post waits too");
        assertTrue(discussion.thread(initiative, null).isEmpty(), "readers see neither");
        assertEquals(0, posts.postCount(initiative), "so the page reads no posts");
        List<DiscussionPost> own = discussion.thread(initiative, newcomer);
        assertEquals(List.of(first.id()), own.stream().map(DiscussionPost::id).toList(), "its author sees it");
        assertTrue(own.get(0).held() && !own.get(0).editableBy(newcomer, java.time.Instant.now()));
        assertTrue(posts.notifications(member).isEmpty(), "the team is told only once it shows");
        assertEquals(List.of("POST_HELD by null: an account younger than 7 days"), posts.audit(first.id()));
        assertEquals(List.of("POST_HELD by null: the account's first post"), posts.audit(firstOfOld.id()));
        assertEquals("discussion.error.notFound", assertThrows(DiscussionException.class,
                () -> discussion.reply(member, first.id(), Language.EN, "Everybody.")).getMessageKey(),
                "no reply to a held post");

        List<ModerationItem> queue = moderation.queue(moderator, Language.EN).stream()
                .filter(i -> i.initiativeId() == initiative).toList();
        assertEquals(List.of(first.id(), firstOfOld.id()), queue.stream().map(ModerationItem::postId).toList(),
                "oldest first");
        assertEquals("Neighbourhood councils", queue.get(0).initiativeTitle());
        assertTrue(queue.get(0).held() && queue.get(0).reports().isEmpty());
        assertThrows(AccessDeniedException.class, () -> moderation.queue(member, Language.EN), "contributors");
        assertThrows(AccessDeniedException.class, () -> moderation.approve(member, first.id()));
        assertEquals("held", posts.state(first.id()), "unchanged by a refused approval");

        moderation.approve(moderator, first.id());
        moderation.approve(moderator, firstOfOld.id());
        assertEquals(List.of("POST_HELD by null: an account younger than 7 days", "POST_APPROVED by " + moderator
                + ": null"), posts.audit(first.id()));
        assertEquals(2, discussion.thread(initiative, null).size(), "both show");
        assertEquals(2, posts.postCount(initiative));
        assertEquals(2, posts.notifications(member).size(), "the team is told now");
        assertEquals("discussion.error.notHeld", assertThrows(DiscussionException.class,
                () -> moderation.approve(moderator, first.id())).getMessageKey());

        assertFalse(discussion.post(quiet, initiative, PostKind.COMMENT, Language.EN, "And another.").held(),
                "an older account with an approved post writes freely");
        Posted again = discussion.post(newcomer, initiative, PostKind.COMMENT, Language.EN,
                "See https://spam.example/offer");
        assertTrue(again.held(), "a week-old account's posts wait, links above all");
        assertEquals(List.of("POST_HELD by null: a link from an account younger than 7 days"),
                posts.audit(again.id()));
        assertFalse(discussion.reply(moderator, first.id(), Language.EN, "Anybody may attend.").held(),
                "moderators are not held");

        // an approved post of a new account corrected with a link waits again
        assertTrue(discussion.edit(newcomer, first.id(), "Who may attend? https://spam.example/offer"));
        assertEquals("held", posts.state(first.id()));
        assertEquals(List.of("And another.", "Good idea."), discussion.thread(initiative, null).stream()
                .map(DiscussionPost::text).toList(), "the corrected post left the page, with its reply");
    }

    @Test
    void reportedPostsAreHiddenWithAReasonRestoredOrTheirReportsDismissed() {
        long member = data.account();
        long initiative = initiative(member, "Street lighting", true);
        long moderator = data.account(Role.ADMINISTRATOR);
        long author = data.account();
        posts.trust(author);
        long post = discussion.post(author, initiative, PostKind.COMMENT, Language.EN, "Cheap watches here!").id();
        long reporter = data.account();
        long other = data.account();

        discussion.report(reporter, post, ReportReason.SPAM, "  Advertising.  ");
        assertEquals(List.of("SPAM Advertising. open"), posts.reports(post));
        assertEquals("discussion.error.alreadyReported", assertThrows(DiscussionException.class,
                () -> discussion.report(reporter, post, ReportReason.OTHER, null)).getMessageKey(), "once each");
        assertThrows(AccessDeniedException.class, () -> discussion.report(author, post, ReportReason.SPAM, null),
                "not one's own");
        assertEquals("discussion.error.reportNote", assertThrows(DiscussionException.class,
                () -> discussion.report(other, post, ReportReason.OTHER, "x".repeat(501))).getMessageKey());
        assertThrows(AccessDeniedException.class, () -> discussion.report(987_654_321L, post, ReportReason.SPAM,
                null), "an unknown account");
        assertEquals(1, posts.reports(post).size());

        ModerationItem item = moderation.queue(moderator, Language.EN).stream().filter(i -> i.postId() == post)
                .findFirst().orElseThrow();
        assertFalse(item.held());
        assertEquals(java.util.Map.of(ReportReason.SPAM, 1L), item.openReasons());
        assertEquals("Advertising.", item.openReports().get(0).note());
        moderation.dismissReports(moderator, post);
        assertEquals(List.of("SPAM Advertising. closed"), posts.reports(post));
        assertTrue(moderation.queue(moderator, Language.EN).stream().noneMatch(i -> i.postId() == post),
                "dismissed: out of the queue");
        assertEquals("discussion.error.noReports", assertThrows(DiscussionException.class,
                () -> moderation.dismissReports(moderator, post)).getMessageKey());

        discussion.report(other, post, ReportReason.ABUSIVE, null);
        assertTrue(moderation.queue(moderator, Language.EN).stream().anyMatch(i -> i.postId() == post),
                "a new report brings it back");
        assertEquals("discussion.error.hideReason", assertThrows(DiscussionException.class,
                () -> moderation.hide(moderator, post, "  ")).getMessageKey());
        moderation.hide(moderator, post, "Advertising is not allowed here.");
        assertEquals("hidden: Advertising is not allowed here.", posts.state(post));
        assertEquals(1, posts.postCount(initiative), "a hidden post still shows, as hidden");
        DiscussionPost shown = discussion.thread(initiative, null).get(0);
        assertTrue(shown.hidden() && shown.text().isEmpty());
        assertEquals("Advertising is not allowed here.", shown.hiddenReason());
        assertTrue(posts.reports(post).stream().allMatch(r -> r.endsWith("closed")), "the reports are closed");
        assertTrue(moderation.hidden(moderator, Language.EN).stream().anyMatch(i -> i.postId() == post));
        assertEquals("discussion.error.notFound", assertThrows(DiscussionException.class,
                () -> discussion.report(data.account(), post, ReportReason.SPAM, null)).getMessageKey());

        moderation.restore(moderator, post);
        assertEquals("shown", posts.state(post));
        assertEquals("Cheap watches here!", discussion.thread(initiative, null).get(0).text());
        assertEquals(List.of("POST_REPORTS_DISMISSED by " + moderator + ": reports: 1", "POST_HIDDEN by "
                + moderator + ": Advertising is not allowed here. — reports closed: 1", "POST_RESTORED by "
                + moderator + ": hidden for: Advertising is not allowed here."), posts.audit(post));
        assertEquals("discussion.error.notHidden", assertThrows(DiscussionException.class,
                () -> moderation.restore(moderator, post)).getMessageKey());
    }
}
