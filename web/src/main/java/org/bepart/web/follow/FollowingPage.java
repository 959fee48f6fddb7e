package org.bepart.web.follow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.follow.FollowDelivery;
import org.bepart.follow.FollowService;
import org.bepart.follow.Following;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;

import java.util.List;

/** {@code /account/following}: the signed-in person's follows with their unfollow buttons, and the mail delivery. */
@Named
@RequestScoped
public class FollowingPage {

    @EJB
    private FollowService follows;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    private Following following;

    public Following getFollowing() {
        if (following == null) {
            following = follows.following(currentUser.getId(), reader.getLanguage());
        }
        return following;
    }

    public List<FollowDelivery> getDeliveries() {
        return List.of(FollowDelivery.values());
    }
}
