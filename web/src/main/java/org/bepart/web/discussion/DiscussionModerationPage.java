package org.bepart.web.discussion;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.discussion.DiscussionModeration;
import org.bepart.discussion.ModerationItem;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code admin/discussion.xhtml}, the moderators' queue of questions and answers (reviewers and
 * administrators): the held and reported posts oldest first ({@code show} empty), the hidden ones
 * ({@code show=hidden}) or one post ({@code post=N}, as the audit trail links it). Approve, hide with a reason,
 * restore, dismiss reports, one post or the selected ones; each action is in the audit trail.
 */
@Named
@ViewScoped
public class DiscussionModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String HIDDEN = "hidden";

    @EJB
    private transient DiscussionModeration moderation;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient ReaderLanguage reader;

    @Inject
    private transient Messages messages;

    private String show;
    private String post;
    private List<ModerationItem> items = List.of();
    private final Map<Long, Boolean> selected = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private String bulkReason;

    /** View action: reads the parameters (404 for ones that mean nothing) and lists the posts. */
    public void load() throws IOException {
        boolean valid = (show == null || show.isEmpty() || HIDDEN.equals(show))
                && (post == null || post.isEmpty() || post.matches("[0-9]{1,18}"));
        if (!valid) {
            Faces.responseSendError(404, "no such list");
            return;
        }
        if (post != null && !post.isEmpty()) {
            items = moderation.item(currentUser.getId(), Long.parseLong(post), reader.getLanguage())
                    .map(List::of).orElse(null);
            if (items == null) {
                items = List.of();
                Faces.responseSendError(404, "no such post");
            }
            return;
        }
        items = isHiddenList() ? moderation.hidden(currentUser.getId(), reader.getLanguage())
                : moderation.queue(currentUser.getId(), reader.getLanguage());
    }

    /** An action on one post, by its id. */
    @FunctionalInterface
    private interface OnePost {
        void run(Long actorId, long postId);
    }

    public void approve(long postId) throws IOException {
        done(postId, moderation::approve, "discussion.moderation.approved");
    }

    public void hide(long postId) throws IOException {
        done(postId, (actor, id) -> moderation.hide(actor, id, reasons.get(id)), "discussion.moderation.hidden");
    }

    public void restore(long postId) throws IOException {
        done(postId, moderation::restore, "discussion.moderation.restored");
    }

    public void dismiss(long postId) throws IOException {
        done(postId, moderation::dismissReports, "discussion.moderation.dismissed");
    }

    /** Approves each selected held post (each in its own transaction); says how many. */
    public void approveSelected() throws IOException {
        bulk((actor, id) -> moderation.approve(actor, id), "discussion.moderation.approvedMany");
    }

    /** Hides each selected post for the one reason given above the table; says how many. */
    public void hideSelected() throws IOException {
        bulk((actor, id) -> moderation.hide(actor, id, bulkReason), "discussion.moderation.hiddenMany");
    }

    private void done(long postId, OnePost action, String doneKey) throws IOException {
        try {
            action.run(currentUser.getId(), postId);
        } catch (RuntimeException e) {
            messages.failure(e);
            return;
        }
        messages.info(doneKey);
        again();
    }

    private void bulk(OnePost action, String doneKey) throws IOException {
        List<Long> chosen = items.stream().map(ModerationItem::postId)
                .filter(id -> Boolean.TRUE.equals(selected.get(id))).toList();
        if (chosen.isEmpty()) {
            messages.error("discussion.moderation.noneSelected");
            return;
        }
        int done = 0;
        RuntimeException failed = null;
        for (long id : chosen) {
            try {
                action.run(currentUser.getId(), id);
                done++;
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (done == 0) {
            messages.failure(failed);
            return;
        }
        messages.info(doneKey, done);
        if (failed != null) {
            messages.error("discussion.moderation.someFailed", chosen.size() - done);
        }
        again();
    }

    /** After an action: the same list afresh (post, redirect, get), the message kept for it. */
    private void again() throws IOException {
        messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + getUrl());
    }

    /** This list's address, without context path. */
    public String getUrl() {
        if (post != null && !post.isEmpty()) {
            return "/admin/discussion?post=" + post;
        }
        return isHiddenList() ? "/admin/discussion?show=" + HIDDEN : "/admin/discussion";
    }

    public boolean isHiddenList() {
        return HIDDEN.equals(show);
    }

    /** Whether one post is shown ({@code post=N}). */
    public boolean isOnePost() {
        return post != null && !post.isEmpty();
    }

    /** Whether the table offers the bulk actions: a list of more than one post. */
    public boolean isBulk() {
        return !isOnePost() && items.size() > 1;
    }

    public List<ModerationItem> getItems() {
        return items;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getBulkReason() {
        return bulkReason;
    }

    public void setBulkReason(String bulkReason) {
        this.bulkReason = bulkReason;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }
}
