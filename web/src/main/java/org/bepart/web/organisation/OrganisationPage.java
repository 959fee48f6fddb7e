package org.bepart.web.organisation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.follow.FollowService;
import org.bepart.follow.FollowTarget;
import org.bepart.organisation.OrganisationProfile;
import org.bepart.organisation.OrganisationService;
import org.bepart.people.PeopleService;
import org.bepart.people.ShownMember;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.List;

/** Backs {@code organisation.xhtml}: the public profile at {@code /organisations/{id}/{slug}}. */
@Named
@RequestScoped
public class OrganisationPage {

    @EJB
    private OrganisationService organisations;

    @EJB
    private PeopleService people;

    @Inject
    private ReaderLanguage reader;

    @EJB
    private FollowService follows;

    private List<ShownMember> members;
    private Long followers;

    private String id;
    private String page;
    private OrganisationProfile organisation;

    /** View action: loads the organisation, or answers 404. */
    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such organisation");
            return;
        }
        // a page number that is not one shows the first page; past the last, the last
        int number = page != null && page.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        organisation = organisations.profile(Long.parseLong(id), reader.getLanguage(), number).orElse(null);
        if (organisation == null) {
            Faces.responseSendError(404, "no such organisation");
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** The address of page {@code number} of the organisation's initiatives. */
    public String pageUrl(int number) {
        String path = Faces.getRequestContextPath() + "/organisations/" + organisation.id() + "/" + organisation.slug();
        return number <= 1 ? path : path + "?page=" + number;
    }

    public OrganisationProfile getOrganisation() {
        return organisation;
    }

    /** The members who chose to show their public profile. */
    public List<ShownMember> getMembers() {
        if (members == null) {
            members = organisation == null ? List.of() : people.shownMembers(organisation.id());
        }
        return members;
    }

    /** How many people follow the organisation. */
    public long getFollowers() {
        if (followers == null) {
            followers = organisation == null ? 0 : follows.followers(FollowTarget.ORGANISATION,
                    Long.toString(organisation.id()));
        }
        return followers;
    }
}
