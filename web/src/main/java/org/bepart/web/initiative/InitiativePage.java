package org.bepart.web.initiative;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.initiative.Peers;
import org.bepart.discussion.DiscussionPost;
import org.bepart.discussion.DiscussionService;
import org.bepart.discussion.ReportReason;
import org.bepart.exchange.ExchangeService;
import org.bepart.exchange.ReplicableInitiative;
import org.bepart.web.discussion.DiscussionFlash;
import org.bepart.web.exchange.ExchangeFlash;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Backs {@code initiative.xhtml}: one public initiative with every field, at {@code /initiatives/{id}/{slug}}. */
@Named
@RequestScoped
public class InitiativePage {

    @EJB
    private InitiativeCatalogue catalogue;

    @Inject
    private ReaderLanguage reader;

    @EJB
    private ExchangeService exchange;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private DiscussionService discussion;

    static final int RELATED = 4;
    /** Looked up once: {@code Json.create…} searches the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private String id;
    private InitiativeDetail initiative;
    private List<InitiativeCard> related;
    private Peers peers;
    private List<ReplicableInitiative> replicable;
    private ExchangeFlash flash;
    private boolean flashTaken;
    private List<DiscussionPost> posts;
    private DiscussionFlash discussionFlash;
    private boolean discussionFlashTaken;

    /** View action: loads the initiative, or answers 404 for an unknown, hidden or malformed id. */
    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        initiative = catalogue.find(Long.parseLong(id), reader.getLanguage()).orElse(null);
        if (initiative == null) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        related = catalogue.related(initiative, RELATED, reader.getLanguage());
    }

    /** Paragraphs of a multi-line text, split at blank lines. */
    public List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InitiativeDetail getInitiative() {
        return initiative;
    }

    /** The initiatives it was inspired by and those it inspired, from the search index. */
    public Peers getPeers() {
        if (peers == null) {
            peers = catalogue.peers(initiative, reader.getLanguage());
        }
        return peers;
    }

    /** The places of the replications as JSON for the small map ({@code data-points-json} of map.js). */
    public String getPlacesJson() {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        getPeers().places().forEach(p -> points.add(JSON.createObjectBuilder().add("id", p.id())
                .add("title", p.title()).add("latitude", p.latitude()).add("longitude", p.longitude())));
        return points.build().toString();
    }

    /** Whether the signed-in person marked it useful (only asked of pages of signed-in people). */
    public boolean isMarkedUseful() {
        return exchange.isMarkedUseful(currentUser.getId(), initiative.card().id());
    }

    /** The signed-in person's organisations' initiatives they may link as replications of this one. */
    public List<ReplicableInitiative> getReplicable() {
        if (replicable == null) {
            replicable = exchange.replicable(currentUser.getId(), initiative.card().id(), reader.getLanguage());
        }
        return replicable;
    }

    /** Whether the signed-in person may take back this initiative's links to what inspired it. */
    public boolean isMayUnlink() {
        return exchange.mayUnlink(currentUser.getId(), initiative.card().id());
    }

    /** The outcome of the exchange form just sent, shown once; null when there is none. */
    public ExchangeFlash getFlash() {
        if (!flashTaken) {
            flashTaken = true;
            flash = ExchangeFlash.take(Faces.getRequest(), initiative.card().id());
        }
        return flash;
    }

    /**
     * The questions, comments and replies shown on the page (one statement), answered questions first; hidden ones
     * with the moderator's reason, and the signed-in person's own held ones.
     */
    public List<DiscussionPost> getPosts() {
        if (posts == null) {
            // a reader's page asks nobody about the session: only a signed-in person may have held posts to see
            // and an initiative without posts readers see costs no statement for them
            Long viewer = Faces.getRequest().getRemoteUser() == null ? null : currentUser.getId();
            posts = viewer == null && initiative.posts() == 0 ? List.of()
                    : discussion.thread(initiative.card().id(), viewer);
        }
        return posts;
    }

    /** Whether the signed-in person may still correct {@code post} (only asked of pages of signed-in people). */
    public boolean editable(DiscussionPost post) {
        return post.editableBy(currentUser.getId(), Instant.now());
    }

    /** Whether the signed-in person may report {@code post} (only asked of pages of signed-in people). */
    public boolean reportable(DiscussionPost post) {
        return post.reportableBy(currentUser.getId());
    }

    /** The reasons a report may give, in the order the form offers them. */
    public ReportReason[] getReportReasons() {
        return ReportReason.values();
    }

    /** The outcome of the discussion form just sent, shown once; null when there is none. */
    public DiscussionFlash getDiscussionFlash() {
        if (!discussionFlashTaken) {
            discussionFlashTaken = true;
            discussionFlash = DiscussionFlash.take(Faces.getRequest(), initiative.card().id());
        }
        return discussionFlash;
    }

    /** Initiatives like this one, to learn from. */
    public List<InitiativeCard> getRelated() {
        return related;
    }
}
