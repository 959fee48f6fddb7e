package org.bepart.web.follow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.follow.FollowService;
import org.bepart.follow.FollowTarget;
import org.bepart.web.security.CurrentUser;

/**
 * The follow button of a page (initiative, organisation, catalogue filtered by one theme, member state or level):
 * whether the signed-in person follows it, and the outcome of their last follow form. Visitors cost nothing: the
 * service is asked only for signed-in people.
 */
@Named
@RequestScoped
public class FollowButtons {

    @EJB
    private FollowService follows;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private HttpServletRequest request;

    private final java.util.Map<String, Boolean> asked = new java.util.HashMap<>();
    private FollowFlash flash;
    private boolean flashTaken;

    /** Whether the signed-in person follows {@code kind} (a {@link FollowTarget} name) {@code key}. */
    public boolean following(String kind, Object key) {
        if (!currentUser.isSignedIn() || key == null) {
            return false;
        }
        return asked.computeIfAbsent(kind + ":" + key, k -> {
            try {
                return follows.isFollowing(currentUser.getId(), FollowTarget.of(kind), key.toString());
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** The outcome of the last follow form, once; null for visitors and when there is none. */
    public FollowFlash getFlash() {
        if (!flashTaken) {
            flashTaken = true;
            flash = currentUser.isSignedIn() ? FollowFlash.take(request) : null;
        }
        return flash;
    }
}
