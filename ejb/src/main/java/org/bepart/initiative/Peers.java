package org.bepart.initiative;

import org.bepart.search.MapPoint;

import java.util.List;

/**
 * An initiative's peers for its page: the initiatives it was inspired by and those that replicated it, each with
 * what was adapted, and the places of the replications for a small map.
 */
public record Peers(List<Linked> inspiredBy, List<Linked> replicatedIn, List<MapPoint> places) {

    public static final Peers NONE = new Peers(List.of(), List.of(), List.of());

    /** A linked initiative as a list shows it, with the replicating one's sentence on what it adapted. */
    public record Linked(InitiativeCard card, String adaptation) {
    }

    public boolean isEmpty() {
        return inspiredBy.isEmpty() && replicatedIn.isEmpty();
    }
}
