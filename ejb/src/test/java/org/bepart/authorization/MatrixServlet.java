package org.bepart.authorization;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.account.AccountService;
import org.bepart.audit.AuditTrail;
import org.bepart.contest.JuryService;
import org.bepart.discussion.DiscussionModeration;
import org.bepart.discussion.DiscussionService;
import org.bepart.exchange.ExchangeService;
import org.bepart.follow.FollowService;
import org.bepart.importing.ImportService;
import org.bepart.moderation.ModerationService;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.media.MediaService;
import org.bepart.news.NewsEditorService;
import org.bepart.notification.NotificationService;
import org.bepart.organisation.OrganisationAdmin;
import org.bepart.organisation.OrganisationService;
import org.bepart.partner.PartnerService;
import org.bepart.review.ReviewService;
import org.bepart.submission.SubmissionService;
import org.bepart.taxonomy.TaxonomyAdmin;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.translation.TranslationService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs one cell of the authorization matrix inside the server (GET ?action=…&amp;actor=…) and answers "ok" or what
 * went wrong, so that the test can report every cell on its own. Not a transaction: each service call has its own.
 */
@WebServlet("/" + MatrixServlet.PATH)
public class MatrixServlet extends HttpServlet {

    static final String PATH = "authorization-matrix";

    @EJB
    private OrganisationService organisations;
    @EJB
    private SubmissionService submissions;
    @EJB
    private MediaService media;
    @EJB
    private PartnerService partners;
    @EJB
    private InitiativeLifecycle lifecycle;
    @EJB
    private ReviewService reviews;
    @EJB
    private AccountService accounts;
    @EJB
    private NotificationService notifications;
    @EJB
    private NewsEditorService newsEditor;
    @EJB
    private TaxonomyService taxonomy;
    @EJB
    private MatrixData data;
    @EJB
    private ModerationService moderation;
    @EJB
    private AuditTrail audit;
    @EJB
    private JuryService jury;
    @EJB
    private ImportService imports;
    @EJB
    private TaxonomyAdmin taxonomyAdmin;
    @EJB
    private OrganisationAdmin organisationAdmin;
    @EJB
    private ExchangeService exchange;
    @EJB
    private DiscussionService discussion;
    @EJB
    private DiscussionModeration discussionModeration;
    @EJB
    private TranslationService translations;
    @EJB
    private FollowService follows;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuthorizationMatrixIT.Services services = new AuthorizationMatrixIT.Services(organisations, submissions, media,
                partners, lifecycle, reviews, accounts, notifications, newsEditor, taxonomy, data, moderation, audit,
                jury, imports, taxonomyAdmin, organisationAdmin, exchange, discussion,
                discussionModeration, translations, follows);
        String problem = AuthorizationMatrixIT.run(services, request.getParameter("action"),
                AuthorizationMatrixIT.Actor.valueOf(request.getParameter("actor")));
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((problem == null ? "ok" : problem).getBytes(StandardCharsets.UTF_8));
    }
}
