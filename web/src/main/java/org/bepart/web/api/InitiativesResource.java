package org.bepart.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.apache.commons.csv.CSVPrinter;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeExport;
import org.bepart.language.Language;
import org.bepart.platform.ExportSlots;
import org.bepart.search.SearchRequest;
import org.bepart.search.Suggestion;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.web.PublicUrl;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.initiative.CatalogueParameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /api/v1/initiatives}: the public initiatives with the catalogue's parameters ({@code q}, {@code country},
 * {@code level}, {@code stage}, {@code participation}, {@code theme}, {@code tool}, {@code target}, {@code year},
 * {@code status}, {@code sort}, {@code page}) plus {@code size} (1 to 100) and {@code lang}; and exports of a whole
 * result as CSV or JSON. Unknown values are refused with 400 and the list of them, never ignored silently. Exports
 * run a few at a time over all servers ({@link ExportSlots}); one more is answered 503 with {@code Retry-After}.
 * Exports of everything are kept per data generation ({@link ExportCache}) and copied while nothing changed.
 */
@Path("initiatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InitiativesResource {

    static final int DEFAULT_SIZE = 20;
    static final int SUGGESTIONS = 8;
    static final String JSON_UTF8 = MediaType.APPLICATION_JSON + "; charset=UTF-8";
    /** Retry-After of an export refused because as many as allowed are running. */
    static final int EXPORT_RETRY_SECONDS = 60;
    /** How an export was served: KEPT (copied from the data grid), MADE (worked out and kept), SEARCH (a search). */
    static final String EXPORT_HEADER = "X-Export";

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private InitiativeExport export;

    @EJB
    private TaxonomyService taxonomy;

    @Inject
    private ExportSlots slots;

    @Inject
    private ExportCache exports;

    @Inject
    private ReaderLanguage reader;

    @Context
    private HttpServletRequest request;

    /** What went wrong with a request, and the parameter values at fault. */
    public record ApiError(String error, List<CatalogueParameters.Rejected> rejected) {
    }

    @GET
    @Produces(JSON_UTF8)
    @Operation(summary = "One page of public initiatives with every field, the total and the facet counts")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to search, in any of the four languages")
    @Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-2 code; repeat for several")
    @Parameter(name = "level", in = ParameterIn.QUERY, description = "local, regional or national; repeatable")
    @Parameter(name = "stage", in = ParameterIn.QUERY, description = "Stage code (see /api/v1/taxonomies); repeatable")
    @Parameter(name = "participation", in = ParameterIn.QUERY, description = "Level of participation; repeatable")
    @Parameter(name = "theme", in = ParameterIn.QUERY, description = "Theme code; repeatable")
    @Parameter(name = "tool", in = ParameterIn.QUERY, description = "Tool or method code; repeatable")
    @Parameter(name = "target", in = ParameterIn.QUERY, description = "Target group code; repeatable")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "Year the initiative started; repeatable")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "submitted, under-review or validated")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance, newest or title")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of the texts: hy, en, fr or ru")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Page size, 1 to 100 (20 by default)")
    @APIResponse(responseCode = "400", description = "An unknown parameter value; the body lists them")
    public Response list() {
        Integer size = size();
        if (size == null) {
            return badRequest("size must be a number from 1 to " + InitiativeCatalogue.MAX_PAGE_SIZE,
                    List.of(new CatalogueParameters.Rejected("size", request.getParameter("size"))));
        }
        CatalogueParameters.Parsed parsed = parse(size);
        if (parsed.page().isEmpty()) {
            return badRequest("page must be a number from 1 to " + InitiativeCatalogue.MAX_PAGE,
                    List.of(new CatalogueParameters.Rejected(CatalogueParameters.PAGE,
                            request.getParameter(CatalogueParameters.PAGE))));
        }
        if (!parsed.rejected().isEmpty()) {
            return badRequest("unknown parameter values", parsed.rejected());
        }
        InitiativeCatalogue.DetailPage page = catalogue.searchDetails(parsed.request(), language());
        String base = PublicUrl.of(request);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        page.facets().forEach((facet, counts) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            counts.forEach(c -> values.put(c.value(), c.count()));
            facets.put(facet.parameter(), values);
        });
        int pages = (int) Math.max(1, (Math.min(page.total(), InitiativeCatalogue.MAX_PAGE) + size - 1) / size);
        return Response.ok(new ApiPage(page.items().stream().map(d -> ApiInitiative.of(d, base)).toList(),
                page.total(), parsed.request().page(), size, pages, facets)).build();
    }

    @GET
    @Path("{id}")
    @Produces(JSON_UTF8)
    @Operation(summary = "One public initiative with every field")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Language of the texts: hy, en, fr or ru")
    @APIResponse(responseCode = "404", description = "No public initiative with this id")
    public Response one(@PathParam("id") String id) {
        if (!id.matches("[0-9]{1,18}")) {
            return notFound();
        }
        // details(), as lists and exports read them: the replications come from the database, not the index
        return catalogue.details(List.of(Long.parseLong(id)), language()).stream().findFirst()
                .map(d -> Response.ok(ApiInitiative.of(d, PublicUrl.of(request))).build())
                .orElseGet(InitiativesResource::notFound);
    }

    /** The located initiatives matching the parameters, for a map: id, title, latitude, longitude. */
    @GET
    @Path("points")
    @Produces(JSON_UTF8)
    @Operation(summary = "The located initiatives matching the filters: id, title, latitude, longitude",
            description = "Takes the filters of GET /api/v1/initiatives.")
    public Response points() {
        CatalogueParameters.Parsed parsed = parse(DEFAULT_SIZE);
        if (!parsed.rejected().isEmpty()) {
            return badRequest("unknown parameter values", parsed.rejected());
        }
        return Response.ok(catalogue.points(parsed.request(), language())).build();
    }

    /** Titles matching what is being typed in {@code q}, best first, for suggestions. */
    @GET
    @Path("suggestions")
    @Produces(JSON_UTF8)
    @Operation(summary = "Titles matching the words being typed, best first")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "What has been typed so far")
    public List<Suggestion> suggestions() {
        String text = request.getParameter(CatalogueParameters.TEXT);
        return text == null ? List.of() : catalogue.suggest(text.length() > SearchRequest.TEXT_MAX
                ? text.substring(0, SearchRequest.TEXT_MAX) : text, SUGGESTIONS, language());
    }

    /** Every initiative matching the parameters as CSV (RFC 4180, UTF-8 with a byte order mark for spreadsheets). */
    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Every public initiative matching the filters, as CSV (header row, UTF-8)",
            description = "Takes the filters of GET /api/v1/initiatives; columns are the JSON field names.")
    public Response csv() {
        return export("bepart-initiatives.csv", CsvExport::new);
    }

    /** Every initiative matching the parameters as one JSON array. */
    @GET
    @Path("export.json")
    @Produces(JSON_UTF8)
    @Operation(summary = "Every public initiative matching the filters, as one JSON array",
            description = "Takes the filters of GET /api/v1/initiatives.")
    public Response json() {
        return export("bepart-initiatives.json", JsonExport::new);
    }

    /** How an export file is written: its opening, one record per initiative, its closing. */
    private interface ExportFormat {
        void open(Writer out) throws IOException;

        void write(Writer out, ApiInitiative initiative) throws IOException;

        void close(Writer out) throws IOException;
    }

    /** RFC 4180 with a header row, UTF-8 with a byte order mark for spreadsheets. */
    private static final class CsvExport implements ExportFormat {
        private CSVPrinter csv;

        @Override
        public void open(Writer out) throws IOException {
            out.write('\uFEFF');
            csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(ApiInitiative.COLUMNS.toArray(String[]::new)).get());
        }

        @Override
        public void write(Writer out, ApiInitiative initiative) throws IOException {
            csv.printRecord(initiative.row().stream().map(InitiativesResource::spreadsheetSafe).toList());
        }

        @Override
        public void close(Writer out) throws IOException {
            csv.flush();
        }
    }

    /** One JSON array, an initiative per line. */
    private static final class JsonExport implements ExportFormat {
        private final Jsonb jsonb = JsonbBuilder.create();
        private boolean first = true;

        @Override
        public void open(Writer out) throws IOException {
            out.write('[');
        }

        @Override
        public void write(Writer out, ApiInitiative initiative) throws IOException {
            out.write(first ? "" : ",\n");
            first = false;
            out.write(jsonb.toJson(initiative));
        }

        @Override
        public void close(Writer out) throws IOException {
            out.write("]\n");
            try {
                jsonb.close();
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    /** Streams every initiative matching the request's parameters in {@code format}, as a file to download. */
    private Response export(String fileName, Supplier<ExportFormat> formats) {
        CatalogueParameters.Parsed parsed = parse(DEFAULT_SIZE);
        if (!parsed.rejected().isEmpty()) {
            return badRequest("unknown parameter values", parsed.rejected());
        }
        String base = PublicUrl.of(request);
        Language language = language();
        SearchRequest search = parsed.request();
        String kept = search.hasText() || !search.filters().isEmpty() ? null
                : exports.key(fileName + "|" + language.tag() + "|" + search.effectiveSort().code() + "|" + base);
        java.util.Optional<java.io.InputStream> copy = kept == null ? java.util.Optional.empty() : exports.open(kept);
        if (copy.isPresent()) {
            StreamingOutput body = output -> {
                try (java.io.InputStream in = copy.get()) {
                    in.transferTo(output);
                }
            };
            return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .header(EXPORT_HEADER, "KEPT").build();
        }
        ExportSlots.Slot slot = slots.take().orElse(null);
        if (slot == null) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(JSON_UTF8)
                    .header("Retry-After", EXPORT_RETRY_SECONDS)
                    .entity(new ApiError("too many exports are running; try again in a minute", List.of())).build();
        }
        ExportCache.Keeper keeper = kept == null ? null : exports.keeper(kept);
        StreamingOutput body = output -> {
            try (slot) {
                java.io.OutputStream target = keeper == null ? output : new Tee(output, keeper);
                Writer writer = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
                ExportFormat format = formats.get();
                format.open(writer);
                export.export(parsed.request(), language, detail -> {
                    try {
                        format.write(writer, ApiInitiative.of(detail, base));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                format.close(writer);
                writer.flush();
                if (keeper != null) {
                    keeper.complete();
                }
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(EXPORT_HEADER, kept == null ? "SEARCH" : "MADE").build();
    }

    /** Writes to the client and to the export being kept alike. */
    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream client;
        private final java.io.OutputStream kept;

        Tee(java.io.OutputStream client, java.io.OutputStream kept) {
            this.client = client;
            this.kept = kept;
        }

        @Override
        public void write(int b) throws IOException {
            client.write(b);
            kept.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            client.write(b, off, len);
            kept.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            client.flush();
        }
    }

    /** A cell that a spreadsheet would run as a formula gets a leading quote. */
    static String spreadsheetSafe(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private CatalogueParameters.Parsed parse(int size) {
        return CatalogueParameters.parse(request.getParameterMap(),
                CatalogueParameters.termCodes(taxonomy.all(language())), size);
    }

    private Integer size() {
        String size = request.getParameter("size");
        if (size == null || size.isBlank()) {
            return DEFAULT_SIZE;
        }
        if (!size.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        int value = Integer.parseInt(size.strip());
        return value >= 1 && value <= InitiativeCatalogue.MAX_PAGE_SIZE ? value : null;
    }

    private Language language() {
        return reader.getLanguage();
    }

    private static Response badRequest(String message, List<CatalogueParameters.Rejected> rejected) {
        return Response.status(Response.Status.BAD_REQUEST).type(JSON_UTF8).entity(new ApiError(message, rejected))
                .build();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(JSON_UTF8)
                .entity(new ApiError("no public initiative with this id", List.of())).build();
    }
}
