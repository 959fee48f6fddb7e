package org.bepart.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.contest.ContestCard;
import org.bepart.contest.ContestService;
import org.bepart.event.EventCard;
import org.bepart.event.EventService;
import org.bepart.initiative.CatalogueOverview;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.Stage;
import org.bepart.news.HomeNews;
import org.bepart.news.NewsService;
import org.bepart.web.i18n.ReaderLanguage;

import java.util.Arrays;
import java.util.List;

/** Backs {@code index.xhtml}. */
@Named
@RequestScoped
public class IndexPage {

    static final int LATEST = 6;
    static final int LATEST_NEWS = 4;
    static final int OPEN_CONTESTS = 3;
    static final int UPCOMING_EVENTS = 3;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private NewsService newsService;

    @EJB
    private ContestService contestService;

    @EJB
    private EventService eventService;

    @Inject
    private ReaderLanguage reader;

    private CatalogueOverview overview;
    private HomeNews news;
    private List<ContestCard> openContests;
    private List<EventCard> events;

    @PostConstruct
    void load() {
        overview = catalogue.overview(LATEST, reader.getLanguage());
        news = newsService.home(reader.getLanguage(), LATEST_NEWS);
        events = eventService.upcoming(reader.getLanguage(), UPCOMING_EVENTS);
    }

    /** The next upcoming events. */
    public List<EventCard> getEvents() {
        return events;
    }

    /** Pinned and latest news. */
    public HomeNews getNews() {
        return news;
    }

    /** Open contests with their deadlines, closing soonest first (loaded when the page asks). */
    public List<ContestCard> getOpenContests() {
        if (openContests == null) {
            openContests = contestService.open(reader.getLanguage(), OPEN_CONTESTS);
        }
        return openContests;
    }

    public CatalogueOverview getOverview() {
        return overview;
    }

    public List<Stage> getStages() {
        return Arrays.asList(Stage.values());
    }
}
