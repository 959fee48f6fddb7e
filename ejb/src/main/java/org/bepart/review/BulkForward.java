package org.bepart.review;

import java.util.List;

/**
 * What a bulk "forward to review" did, by initiative id.
 *
 * @param conflicts changed by somebody else since the queue was shown: left as they are
 * @param refused   no longer submitted (or gone): left as they are
 * @param own       of an organisation the administrator belongs to: somebody else forwards them
 */
public record BulkForward(List<Long> forwarded, List<Long> conflicts, List<Long> refused, List<Long> own) {
}
