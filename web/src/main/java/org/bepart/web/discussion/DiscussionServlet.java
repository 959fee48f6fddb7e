package org.bepart.web.discussion;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.abuse.LimitedAction;
import org.bepart.abuse.RetryLaterException;
import org.bepart.discussion.DiscussionException;
import org.bepart.discussion.DiscussionService;
import org.bepart.discussion.PostKind;
import org.bepart.discussion.PostText;
import org.bepart.discussion.ReportReason;
import org.bepart.language.Language;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CsrfToken;
import org.bepart.web.security.CurrentUser;
import org.bepart.web.security.FormGuard;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The discussion forms of an initiative's page: POST {@code /discussion} with the session's {@link CsrfToken}, the
 * {@code initiative} of the page, an empty honeypot and an {@code action}: {@code post} (with {@code kind},
 * {@code language}, {@code text}), {@code reply} (with {@code post}, {@code language}, {@code text}), {@code edit}
 * (with {@code post}, {@code text}) or {@code report} (with {@code post}, {@code reason}, an optional {@code note});
 * any other action is answered 400. Answers with a redirect to the page (303), where the outcome shows once and a
 * refused text stays in its form ({@link DiscussionFlash}). Visitors are sent to sign in.
 */
@WebServlet(DiscussionServlet.PATH)
public class DiscussionServlet extends HttpServlet {

    static final String PATH = "/discussion";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DiscussionServlet.class.getName());
    /** Longer texts are refused anyway; what is kept for the form again is cut here. */
    private static final int KEPT_MAX = 2 * PostText.MAX;
    /** What the forms send as {@code action}; anything else is answered 400. */
    private static final Set<String> ACTIONS = Set.of("post", "reply", "edit", "report");

    @EJB
    private transient DiscussionService discussion;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient FormGuard guard;

    @Inject
    private transient ReaderLanguage reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Long initiative = number(request.getParameter("initiative"));
        if (initiative == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!currentUser.isSignedIn()) {
            seeOther(response, request.getContextPath() + "/login");
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        if (!ACTIONS.contains(action)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Long post = number(request.getParameter("post"));
        String form = action.equals("post") ? "post" : action + "-" + post;
        PostKind kind = kind(request.getParameter("kind"));
        Language language = Language.fromTag(request.getParameter("language")).orElse(reader.getLanguage());
        String text = request.getParameter(action.equals("report") ? "note" : "text");
        if (text != null && text.length() > KEPT_MAX) {
            text = text.substring(0, KEPT_MAX);
        }
        DiscussionFlash outcome;
        if (!CsrfToken.matches(request)) {
            outcome = new DiscussionFlash(initiative, "discussion.error.expired", true, null, form, kind, language,
                    text);
        } else {
            outcome = sent(request, initiative, action, post, kind, language, text, form);
        }
        outcome.keep(request);
        String anchor = !outcome.error() && post != null ? "#post-" + post : "#discussion";
        seeOther(response, request.getContextPath() + "/initiatives/" + initiative + anchor);
    }

    /** The honeypot and the client's rate limit, then the service; what happened, as the page will show it. */
    private DiscussionFlash sent(HttpServletRequest request, long initiative, String action, Long post, PostKind kind,
                                 Language language, String text, String form) {
        try {
            guard.acquire(action.equals("report") ? LimitedAction.DISCUSSION_REPORT : LimitedAction.DISCUSSION_POST,
                    null);
            String done = action.equals("report") ? report(post, request.getParameter("reason"),
                    request.getParameter("note")) : send(initiative, action, post, kind, language,
                    request.getParameter("text"));
            return new DiscussionFlash(initiative, done, false, null, form, null, null, null);
        } catch (RuntimeException e) {
            String key = Messages.keyOf(e);
            if ("error.500.text".equals(key)) {
                LOG.log(Level.SEVERE, "Discussion form failed", e);
            }
            RetryLaterException later = Messages.retryLater(e);
            return new DiscussionFlash(initiative, key, true,
                    later == null ? null : (later.getRetryAfterSeconds() + 59) / 60, form, kind, language, text);
        }
    }

    /** Calls the service for {@code action}; returns the key of the message that says it is done. */
    private String send(long initiative, String action, Long post, PostKind kind, Language language, String text) {
        Long actor = currentUser.getId();
        switch (action) {
            case "post" -> {
                if (kind == null || !kind.opensThread()) {
                    throw new DiscussionException("discussion.error.kind", "no kind chosen");
                }
                return discussion.post(actor, initiative, kind, language, text).held() ? "discussion.held"
                        : "discussion.posted";
            }
            case "reply" -> {
                return discussion.reply(actor, required(post), language, text).held() ? "discussion.held"
                        : "discussion.replied";
            }
            case "edit" -> {
                return discussion.edit(actor, required(post), text) ? "discussion.heldAgain" : "discussion.saved";
            }
            default -> throw new IllegalArgumentException("unknown action " + action);
        }
    }

    /** Reports a post with a reason of the list and an optional note; the key of the message that says it is done. */
    private String report(Long post, String reason, String note) {
        ReportReason why = reason == null ? null : Arrays.stream(ReportReason.values())
                .filter(r -> r.name().toLowerCase(Locale.ROOT).equals(reason)).findFirst().orElse(null);
        if (why == null) {
            throw new DiscussionException("discussion.error.reportReason", "no reason chosen");
        }
        discussion.report(currentUser.getId(), required(post), why,
                note != null && note.length() > KEPT_MAX ? note.substring(0, KEPT_MAX) : note);
        return "discussion.reported";
    }

    private static long required(Long post) {
        if (post == null) {
            throw new IllegalArgumentException("no post given");
        }
        return post;
    }

    private static PostKind kind(String value) {
        for (PostKind kind : PostKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(value)) {
                return kind;
            }
        }
        return null;
    }

    private static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private static Long number(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }
}
