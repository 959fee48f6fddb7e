package org.bepart.platform;

/**
 * Fired inside the transaction that changed public content other than an initiative (whose changes have their own
 * events): the change log tells every server, and once committed this server's caches of public pages follow.
 *
 * @param part what changed
 * @param id the item that changed
 */
public record PublicPagesChanged(PublicPart part, long id) {

    public PublicPagesChanged {
        if (part == null) {
            throw new IllegalArgumentException("part is required");
        }
    }
}
