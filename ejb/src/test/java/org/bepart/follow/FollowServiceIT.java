package org.bepart.follow;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.account.TestMailServer;
import org.bepart.account.TestOutbox;
import org.bepart.discussion.DiscussionModeration;
import org.bepart.discussion.DiscussionService;
import org.bepart.discussion.DiscussionTestData;
import org.bepart.discussion.PostKind;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.news.NewsCategory;
import org.bepart.news.NewsEditorService;
import org.bepart.news.NewsForm;
import org.bepart.notification.RecipientTexts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following on Payara Micro with GreenMail behind {@code mail/bepart}: follow and unfollow, which events reach which
 * followers, the weekly digest with exactly the theme's new validated initiatives and news in the follower's
 * language, nothing twice when the job runs again, immediate mails, the team's answers while readers see them, and the
 * one-click unsubscribe.
 */
@ExtendWith(ArquillianExtension.class)
class FollowServiceIT {

    @EJB
    private TestOutbox outbox;

    /** This test's mails are not queued behind those of earlier tests (every test class shares one server). */
    @BeforeEach
    void ownMailsFirst() {
        outbox.setAsideEarlierMails();
    }

    @EJB
    private FollowService follows;

    @EJB
    private FollowJob job;

    @EJB
    private FollowTestData data;

    @EJB
    private NewsEditorService newsEditor;

    @EJB
    private DiscussionService discussion;

    @EJB
    private DiscussionModeration moderation;

    @EJB
    private DiscussionTestData posts;

    private final List<Long> initiatives = new ArrayList<>();
    private final List<long[]> news = new ArrayList<>();

    @AfterEach
    void hide() {
        initiatives.forEach(data::hide);
        for (long[] item : news) {
            newsEditor.unpublish(item[1], item[0], newsEditor.load(item[1], item[0]).getVersion());
        }
    }

    private static <T extends Throwable> T fails(Class<T> type, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + ", got " + thrown, thrown);
    }

    private long submitted(long organisation, long contributor, String title, String theme) {
        long id = data.submitted(organisation, contributor, title, theme);
        initiatives.add(id);
        return id;
    }

    private void validate(long id) {
        data.move(id, InitiativeStatus.UNDER_REVIEW, null);
        data.move(id, InitiativeStatus.VALIDATED, null);
    }

    /** A news item tagged {@code tags}, in English and French, published now by a new editor. */
    private long publishedNews(String english, String french, String tags) {
        long editor = data.account(Language.EN, Role.EDITOR);
        NewsForm form = new NewsForm(Language.EN);
        form.setCategory(NewsCategory.NEWS);
        form.text(Language.EN).setTitle(english);
        form.text(Language.EN).setBody("<p>" + english + "</p>");
        form.text(Language.FR).setTitle(french);
        form.text(Language.FR).setBody("<p>" + french + "</p>");
        form.setTags(tags);
        long id = newsEditor.create(editor, form);
        newsEditor.publish(editor, id, newsEditor.load(editor, id).getVersion());
        news.add(new long[] {id, editor});
        return id;
    }

    @Test
    void followingIsOncePerTargetAndOnlyOfWhatExistsForReaders() {
        long person = data.account(Language.EN);
        String theme = data.theme();
        long id = follows.follow(person, FollowTarget.THEME, theme.toUpperCase(java.util.Locale.ROOT));
        assertEquals(id, follows.follow(person, FollowTarget.THEME, theme), "following again changes nothing");
        follows.follow(person, FollowTarget.COUNTRY, "am");
        follows.follow(person, FollowTarget.PARTICIPATION, "dialogue");
        assertTrue(follows.isFollowing(person, FollowTarget.THEME, theme));
        Following following = follows.following(person, Language.FR);
        assertEquals(List.of("PARTICIPATION|dialogue", "COUNTRY|AM", "THEME|" + theme),
                following.follows().stream().map(r -> r.target().name() + "|" + r.key()).toList(),
                "the newest first");
        assertEquals("Thème " + theme, following.follows().get(2).label(), "labels in the reader's language");
        assertEquals("/initiatives?theme=" + theme, following.follows().get(2).path());
        assertEquals(FollowDelivery.WEEKLY, following.delivery(), "a weekly digest until chosen");

        follows.unfollow(person, FollowTarget.THEME, theme);
        follows.unfollow(person, FollowTarget.THEME, theme);
        assertFalse(follows.isFollowing(person, FollowTarget.THEME, theme));

        assertEquals("follow.error.target", fails(FollowException.class,
                () -> follows.follow(person, FollowTarget.COUNTRY, "US")).getMessageKey());
        assertEquals("follow.error.target", fails(FollowException.class,
                () -> follows.follow(person, FollowTarget.INITIATIVE, "1 OR 1=1")).getMessageKey());
        assertEquals("follow.error.notFound", fails(FollowTargetNotFoundException.class,
                () -> follows.follow(person, FollowTarget.THEME, "no-such-theme")).getMessageKey());
        assertEquals("follow.error.notFound", fails(FollowTargetNotFoundException.class,
                () -> follows.follow(person, FollowTarget.ORGANISATION, "999999999")).getMessageKey());
        long contributor = data.account(Language.EN);
        long organisation = data.organisation(contributor);
        long draft = submitted(organisation, contributor, "Soon hidden", theme);
        data.hide(draft);
        assertEquals("follow.error.notFound", fails(FollowTargetNotFoundException.class,
                () -> follows.follow(person, FollowTarget.INITIATIVE, Long.toString(draft))).getMessageKey(),
                "a rejected initiative is not followed");
        assertNotNull(fails(jakarta.validation.ConstraintViolationException.class,
                () -> follows.follow(null, FollowTarget.THEME, theme)), "visitors sign in first");
        RecipientTexts.text(Language.HY, "follow.error.notFound"); // the message exists
    }

    @Test
    void aWeeklyFollowerOfAThemeGetsOneDigestOfExactlyItsNewValidatedInitiativesAndNewsInTheirLanguage()
            throws InterruptedException {
        TestMailServer.get();
        String theme = data.theme();
        String other = data.theme();
        long person = data.account(Language.FR);
        follows.follow(person, FollowTarget.THEME, theme);
        follows.chooseDelivery(person, FollowDelivery.WEEKLY);
        String email = data.email(person);

        long contributor = data.account(Language.EN);
        long organisation = data.organisation(contributor);
        long validated = submitted(organisation, contributor, "Riverside assemblies " + theme, theme);
        validate(validated);
        long hiddenLater = submitted(organisation, contributor, "Withdrawn hearings " + theme, theme);
        validate(hiddenLater);
        submitted(organisation, contributor, "Only submitted " + theme, theme);
        long otherTheme = submitted(organisation, contributor, "Other theme hearings " + other, other);
        validate(otherTheme);
        publishedNews("Budget news " + theme, "Nouvelles du budget " + theme, theme + ", budget");
        publishedNews("Unrelated news " + theme, "Autres nouvelles " + theme, other);
        long unpublished = publishedNews("Retracted news " + theme, "Nouvelle retirée " + theme,
                "Theme " + theme);
        long[] retracted = news.remove(news.size() - 1);
        newsEditor.unpublish(retracted[1], unpublished, newsEditor.load(retracted[1], unpublished).getVersion());
        data.hide(hiddenLater); // hidden after it was told: the digest leaves it out

        List<String> told = data.followNotifications(person);
        assertEquals(4, told.size(), "in the app at once: two validations and two news items: " + told);
        assertTrue(told.contains("Actualité : « Nouvelles du budget " + theme + " »"), told.toString());
        assertTrue(TestMailServer.receivedBy(email).isEmpty(), "a weekly follower gets no mail at once");

        assertTrue(job.runDigests(FollowDelivery.WEEKLY) >= 1, "the job wrote the digest");
        TestMailServer.Mail digest = TestMailServer.await(email);
        assertTrue(digest.subject().startsWith("BePART : votre résumé hebdomadaire (2 nouveautés)"),
                digest.subject());
        assertTrue(digest.body().contains("Nouvelle initiative validée : « Riverside assemblies " + theme + " »"),
                digest.body());
        assertTrue(digest.body().contains("/initiatives/" + validated), digest.body());
        assertTrue(digest.body().contains("Actualité : « Nouvelles du budget " + theme + " »"), digest.body());
        for (String absent : new String[] {"Withdrawn", "Only submitted", "Other theme", "Unrelated", "Autres",
                "Retracted", "retirée"}) {
            assertFalse(digest.body().contains(absent), absent + " is not in the digest: " + digest.body());
        }
        assertNotNull(digest.listUnsubscribe(), "List-Unsubscribe");
        assertTrue(digest.listUnsubscribe().contains("/following/unsubscribe?token="), digest.listUnsubscribe());
        assertEquals(0, data.waitingItems(person));

        job.runDigests(FollowDelivery.WEEKLY);
        job.runDigests(FollowDelivery.WEEKLY);
        Thread.sleep(3000); // what a second run wrote would be in the mailbox by now
        assertEquals(1, TestMailServer.receivedBy(email).size(), "one digest, nothing twice");

        String token = digest.token("/following/unsubscribe");
        assertEquals(Language.FR, follows.unsubscribeLink(token).orElseThrow());
        assertEquals(Language.FR, follows.unsubscribe(token).orElseThrow());
        assertEquals(FollowDelivery.NONE, data.delivery(person));
        assertTrue(follows.unsubscribe("not-a-token").isEmpty());
        long after = submitted(organisation, contributor, "After unsubscribing " + theme, theme);
        validate(after);
        assertEquals(0, data.waitingItems(person), "nothing waits for a mail that will not be sent");
        assertEquals(5, data.followNotifications(person).size(), "the app still tells");
    }

    @Test
    void anImmediateFollowerOfAnInitiativeIsMailedEachPublicStatusChangeAtOnceAndNothingOfItsRejection() {
        TestMailServer.get();
        String theme = data.theme();
        long person = data.account(Language.HY);
        long contributor = data.account(Language.EN);
        long organisation = data.organisation(contributor);
        long initiative = submitted(organisation, contributor, "Immediate hearings " + theme, theme);
        follows.follow(person, FollowTarget.INITIATIVE, Long.toString(initiative));
        follows.chooseDelivery(person, FollowDelivery.IMMEDIATE);
        String email = data.email(person);

        data.move(initiative, InitiativeStatus.UNDER_REVIEW, null);
        TestMailServer.Mail mail = TestMailServer.await(email);
        assertEquals(RecipientTexts.format(Language.HY, "follow.mail.immediate.subject", 1), mail.subject());
        assertTrue(mail.body().contains(RecipientTexts.format(Language.HY, "FollowItemKind.STATUS",
                "Immediate hearings " + theme, RecipientTexts.label(Language.HY, InitiativeStatus.UNDER_REVIEW))),
                mail.body());
        assertNotNull(mail.listUnsubscribe());
        data.move(initiative, InitiativeStatus.REJECTED, null);
        assertEquals(1, data.followNotifications(person).size(), "a rejection is not told");
        assertEquals(0, data.waitingItems(person));
        assertEquals(1, TestMailServer.receivedBy(email).size());
    }

    @Test
    void followersOfAnInitiativeAreToldOfTheTeamsAnswersOnlyWhileReadersSeeThem() throws InterruptedException {
        TestMailServer.get();
        String theme = data.theme();
        long member = data.account(Language.EN);
        long organisation = data.organisation(member);
        long initiative = submitted(organisation, member, "Answered hearings " + theme, theme);
        long immediate = data.account(Language.FR);
        follows.follow(immediate, FollowTarget.INITIATIVE, Long.toString(initiative));
        follows.chooseDelivery(immediate, FollowDelivery.IMMEDIATE);
        long weekly = data.account(Language.RU);
        follows.follow(weekly, FollowTarget.INITIATIVE, Long.toString(initiative));
        follows.follow(member, FollowTarget.INITIATIVE, Long.toString(initiative));
        long asker = data.account(Language.EN);
        posts.trust(asker);
        follows.follow(asker, FollowTarget.INITIATIVE, Long.toString(initiative));
        long neighbour = data.account(Language.EN);
        posts.trust(neighbour);

        long question = discussion.post(asker, initiative, PostKind.QUESTION, Language.EN, "Who chaired them?").id();
        discussion.reply(neighbour, question, Language.EN, "Not the team, but I think the mayor.");
        assertTrue(data.followNotifications(immediate).isEmpty(), "questions and others' replies are not told");

        String text = "The chair was elected by the participants at the first session.\n"
                + "Each session chose its own, by lot among volunteers. " + "x".repeat(200);
        long answer = discussion.reply(member, question, Language.EN, text).id();
        String expected = RecipientTexts.format(Language.FR, "FollowItemKind.ANSWER", "Answered hearings " + theme,
                "The chair was elected by the participants at the first session. Each session chose its own, by lot"
                        + " among volunteers. " + "x".repeat(23) + "…");
        assertEquals(List.of(expected), data.followNotifications(immediate), "in French, on one line, cut");
        TestMailServer.Mail mail = TestMailServer.await(data.email(immediate));
        assertTrue(mail.body().contains(expected), mail.body());
        assertTrue(mail.body().contains("/initiatives/" + initiative + "#post-" + answer), mail.body());
        assertEquals(1, data.followNotifications(weekly).size(), "the weekly follower is told in the app");
        assertTrue(data.followNotifications(member).isEmpty(), "not the answer's author");
        assertTrue(data.followNotifications(asker).isEmpty(), "not the asker, whom the discussion tells");

        long reviewer = data.account(Language.EN, Role.REVIEWER);
        moderation.hide(reviewer, answer, "Personal data.");
        job.runDigests(FollowDelivery.WEEKLY);
        Thread.sleep(3000); // a digest written by the run would be in the mailbox by now
        assertTrue(TestMailServer.receivedBy(data.email(weekly)).isEmpty(), "a hidden answer is not mailed");
        assertEquals(0, data.waitingItems(weekly));
        moderation.restore(reviewer, answer);
        assertEquals(1, data.followNotifications(immediate).size(), "restoring tells nobody twice");
        assertEquals(1, TestMailServer.receivedBy(data.email(immediate)).size());
    }
}
