package org.bepart.web.map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.search.MapPoint;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.initiative.CatalogueParameters;
import org.eclipse.microprofile.config.ConfigProvider;
import org.omnifaces.util.Faces;

import java.util.List;

/**
 * Backs {@code map.xhtml}: the initiatives of a catalogue search on a map. The markers come from the API; without
 * tiles (a closed network) they still show on a plain background, and the list below serves readers without a map.
 */
@Named
@RequestScoped
public class MapPage {

    public static final String TILES_KEY = "bepart.map.tile-url";
    public static final String ATTRIBUTION_KEY = "bepart.map.attribution";
    /** Leaflet as the webjar in WEB-INF/lib serves it; keep in step with the version in the web module's pom. */
    public static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";
    /** Points listed as links under the map; the catalogue lists them all. */
    static final int LISTED = 100;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private TaxonomyService taxonomy;

    @Inject
    private ReaderLanguage reader;

    private CatalogueParameters.Parsed parsed;
    private List<MapPoint> points;

    /** View action: reads the same parameters as the catalogue. */
    public void load() {
        parsed = CatalogueParameters.parse(Faces.getRequestParameterValuesMap(),
                CatalogueParameters.termCodes(taxonomy.all(reader.getLanguage())), 20);
        points = catalogue.points(parsed.request(), reader.getLanguage());
    }

    public List<MapPoint> getPoints() {
        return points;
    }

    /** The points listed under the map: the first {@link #LISTED}, so the page stays light at any number. */
    public List<MapPoint> getListed() {
        return points.size() <= LISTED ? points : points.subList(0, LISTED);
    }

    public int getListedCount() {
        return LISTED;
    }

    public List<CatalogueParameters.Rejected> getRejected() {
        return parsed.rejected();
    }

    private String query() {
        return CatalogueParameters.query(parsed.request(), 1);
    }

    /** Where the script fetches the markers. */
    public String getPointsUrl() {
        String query = query();
        return Faces.getRequestContextPath() + "/api/v1/initiatives/points?lang=" + reader.getTag()
                + (query.isEmpty() ? "" : "&" + query);
    }

    /** The same search as a list. */
    public String getListUrl() {
        String query = query();
        return Faces.getRequestContextPath() + "/initiatives" + (query.isEmpty() ? "" : "?" + query);
    }

    public String getTiles() {
        return ConfigProvider.getConfig().getOptionalValue(TILES_KEY, String.class)
                .orElse("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    }

    public String getAttribution() {
        return ConfigProvider.getConfig().getOptionalValue(ATTRIBUTION_KEY, String.class)
                .orElse("© OpenStreetMap contributors");
    }

    public String getLeaflet() {
        return Faces.getRequestContextPath() + LEAFLET;
    }
}
