package org.bepart.search;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import org.bepart.exchange.Replication;
import org.bepart.initiative.InitiativeStatus;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An initiative's replications where both ends are public: those it was inspired by and those it inspired, each
 * with what the replicating one adapted. Read in one statement for many initiatives; the index keeps them as JSON,
 * so that an initiative's page reads them without a statement.
 */
public record ReplicationLinks(List<Link> inspiredBy, List<Link> replicatedIn) {

    public static final ReplicationLinks NONE = new ReplicationLinks(List.of(), List.of());

    /** The initiative at the other end, and what the replicating one adapted. */
    public record Link(long id, String adaptation) {
    }

    public ReplicationLinks {
        inspiredBy = List.copyOf(inspiredBy);
        replicatedIn = List.copyOf(replicatedIn);
    }

    public boolean isEmpty() {
        return inspiredBy.isEmpty() && replicatedIn.isEmpty();
    }

    /** The links of each of these initiatives (none for those without), in one statement. */
    public static Map<Long, ReplicationLinks> read(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Link>> in = new HashMap<>();
        Map<Long, List<Link>> out = new HashMap<>();
        em.createNamedQuery(Replication.FIND_PUBLIC_BY_INITIATIVES, Object[].class)
                .setParameter("ids", ids).setParameter("statuses", InitiativeStatus.publicOnes())
                .getResultList().forEach(row -> {
                    long replicating = (Long) row[0];
                    long original = (Long) row[1];
                    String adaptation = (String) row[2];
                    in.computeIfAbsent(replicating, k -> new ArrayList<>()).add(new Link(original, adaptation));
                    out.computeIfAbsent(original, k -> new ArrayList<>()).add(new Link(replicating, adaptation));
                });
        Map<Long, ReplicationLinks> links = new HashMap<>();
        for (long id : ids) {
            List<Link> inspiredBy = in.getOrDefault(id, List.of());
            List<Link> replicatedIn = out.getOrDefault(id, List.of());
            links.put(id, inspiredBy.isEmpty() && replicatedIn.isEmpty() ? NONE
                    : new ReplicationLinks(inspiredBy, replicatedIn));
        }
        return links;
    }

    String toJson() {
        return Provider.JSON.createObjectBuilder().add("in", array(inspiredBy)).add("out", array(replicatedIn)).build()
                .toString();
    }

    static ReplicationLinks fromJson(String json) {
        if (json == null) {
            return NONE;
        }
        try (JsonReader reader = Provider.JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return new ReplicationLinks(links(object.getJsonArray("in")), links(object.getJsonArray("out")));
        }
    }

    private static JsonArrayBuilder array(List<Link> links) {
        JsonArrayBuilder array = Provider.JSON.createArrayBuilder();
        links.forEach(l -> array.add(Provider.JSON.createObjectBuilder().add("id", l.id()).add("adaptation", l.adaptation())));
        return array;
    }

    private static List<Link> links(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(o -> new Link(o.getJsonNumber("id").longValue(), o.getString("adaptation"))).toList();
    }

    /** Looked up when first needed, so that the empty links ({@link #NONE}) need no JSON provider. */
    private static final class Provider {
        static final JsonProvider JSON = JsonProvider.provider();
    }
}
