package org.bepart.people;

/** A member an organisation's page lists: one who chose a public profile. */
public record ShownMember(long id, String name, String slug) {
}
