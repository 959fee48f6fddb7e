package org.bepart.follow;

import java.util.List;

/** An account's follows and how they are mailed. */
public record Following(List<FollowRow> follows, FollowDelivery delivery) {
}
