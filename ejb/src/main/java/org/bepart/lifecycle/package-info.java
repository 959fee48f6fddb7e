/**
 * The lifecycle of an initiative and the events that tell the rest of the application about it: who may move it from
 * one status to the next and the record of every move ({@link org.bepart.lifecycle.InitiativeLifecycle}), the one
 * announcement of a content change ({@link org.bepart.lifecycle.ContentChanges}), and the CDI events fired on them
 * ({@code InitiativeChanged}, {@code InitiativeEdited}, {@code StatusChanged}, {@code PartnerInvited},
 * {@code PartnerJoined}). Review decisions build on it ({@code org.bepart.review}); it depends on no feature package
 * that observes its events.
 */
package org.bepart.lifecycle;
