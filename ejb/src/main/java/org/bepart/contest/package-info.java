/**
 * Contest services: what the public sees and sends (ContestService, EntryService), what editors do
 * (ContestEditorService: contests, moderation, winners) and what the jury does (JuryService).
 */
package org.bepart.contest;
