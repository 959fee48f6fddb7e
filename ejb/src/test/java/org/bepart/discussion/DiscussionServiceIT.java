package org.bepart.discussion;

import jakarta.ejb.EJB;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.OrganisationKind;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.SqlStatements;
import org.bepart.submission.FormsAccess;
import org.bepart.submission.SubmissionService;
import org.bepart.submission.SubmissionTestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Questions and answers on public initiatives, on Payara Micro: posting, the team's answers, edits, who is told. */
@ExtendWith(ArquillianExtension.class)
public class DiscussionServiceIT {

    @Deployment
    public static WebArchive deployment() {
        return org.bepart.submission.SubmissionServiceIT.deployment().addClass(DiscussionTestData.class);
    }

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

        long question = discussion.post(asker, initiative, PostKind.QUESTION, Language.RU,
                "Как вы выбирали участников? См. https://example.org/a");
        List<String> told = posts.notifications(member);
        assertEquals(1, told.size(), "the team is told: " + told);
        assertTrue(told.get(0).startsWith("DISCUSSION_POST ") && told.get(0).contains("Как вы выбирали")
                && told.get(0).endsWith("@/initiatives/" + initiative + "#post-" + question), told.get(0));
        List<String> mails = posts.mails(data.email(member));
        assertTrue(mails.get(mails.size() - 1).contains("Բարև"), "the member's mail is in Armenian: " + mails);
        assertTrue(posts.notifications(asker).isEmpty(), "not the asker of their own question");

        long answer = discussion.reply(member, question, Language.HY, "Բաց հրավերով։");
        List<String> answered = posts.notifications(asker);
        assertEquals(1, answered.size(), "the asker is told of the team's answer: " + answered);
        assertTrue(answered.get(0).startsWith("DISCUSSION_ANSWER ") && answered.get(0).contains("Բաց հրավերով"));
        List<String> askerMails = posts.mails(data.email(asker));
        assertTrue(askerMails.get(askerMails.size() - 1).contains("Здравствуйте"), "in Russian: " + askerMails);
        assertEquals(1, posts.notifications(member).size(), "the team is not told of its own answer");

        long comment = discussion.post(data.account(), initiative, PostKind.COMMENT, Language.EN, "Nice work.");

        SqlStatements.reset();
        List<DiscussionPost> thread = discussion.thread(initiative);
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
        long question = discussion.post(reader, initiative, PostKind.QUESTION, Language.EN, "When do you meet?");
        long reply = discussion.reply(data.account(), question, Language.FR, "Le mardi, je crois.");
        assertFalse(discussion.thread(initiative).get(0).replies().get(0).team(), "not of the team");
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
        assertTrue(discussion.thread(initiative).isEmpty(), "a hidden post and its replies are not shown");
        assertEquals("discussion.error.notFound", assertThrows(DiscussionException.class,
                () -> discussion.reply(member, question, Language.EN, "Too late.")).getMessageKey());
    }

    @Test
    void theAuthorEditsForFifteenMinutesAndTheEditShows() {
        long member = data.account();
        long initiative = initiative(member, "Open hearings", true);
        long author = data.account();
        long post = discussion.post(author, initiative, PostKind.COMMENT, Language.EN, "<b>Grat</b> work");
        assertThrows(AccessDeniedException.class, () -> discussion.edit(member, post, "Not mine"));
        discussion.edit(author, post, "<b>Great</b> work");
        DiscussionPost shown = discussion.thread(initiative).get(0);
        assertEquals("<b>Great</b> work", shown.text(), "stored as typed: pages escape it");
        assertTrue(shown.edited());

        posts.writtenEarlier(post, Duration.ofMinutes(16));
        assertEquals("discussion.error.editWindow", assertThrows(DiscussionException.class,
                () -> discussion.edit(author, post, "Changed later")).getMessageKey());
        assertEquals("<b>Great</b> work", discussion.thread(initiative).get(0).text(), "unchanged");
    }
}
