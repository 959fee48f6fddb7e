package org.bepart.submission;

import org.bepart.initiative.InitiativeStatus;

import java.time.Instant;

/**
 * One initiative of the contributor's organisations in their list.
 *
 * @param asPartner          the contributor's organisation is its partner, not its owner
 * @param editable           the form may be opened to change it
 * @param perspectiveEditable the partner may change its perspective
 */
public record MyInitiative(long id, String title, String slug, InitiativeStatus status, int wizardStep,
                           String ownerName, boolean asPartner, boolean editable, boolean perspectiveEditable,
                           Instant updatedAt) {

    public boolean isPublic() {
        return status.isPublic();
    }
}
