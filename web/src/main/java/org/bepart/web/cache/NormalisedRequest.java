package org.bepart.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as its {@link PageAddress}: the page sees that path and query (in its own links too) and only the
 * address's values of the parameters it reads, so what is rendered depends on nothing the cache key leaves out.
 * Parameters the page does not read (those a forward adds, such as the initiative's id) pass through.
 */
final class NormalisedRequest extends HttpServletRequestWrapper {

    private final PageAddress address;

    NormalisedRequest(HttpServletRequest request, PageAddress address) {
        super(request);
        this.address = address;
    }

    /** The address's path until a forward, which sets its own (and keeps this one as the forward's origin). */
    @Override
    public String getRequestURI() {
        return forwarded() ? super.getRequestURI() : getContextPath() + address.path();
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = new StringBuffer(super.getRequestURL());
        if (!forwarded()) {
            int path = url.indexOf("/", url.indexOf("//") + 2);
            url.setLength(path < 0 ? url.length() : path);
            url.append(getRequestURI());
        }
        return url;
    }

    private boolean forwarded() {
        return getAttribute("jakarta.servlet.forward.request_uri") != null;
    }

    @Override
    public String getQueryString() {
        String query = address.query();
        return query.isEmpty() ? null : query;
    }

    @Override
    public String getParameter(String name) {
        if (!address.knows(name)) {
            return super.getParameter(name);
        }
        List<String> values = address.parameters().get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public String[] getParameterValues(String name) {
        if (!address.knows(name)) {
            return super.getParameterValues(name);
        }
        List<String> values = address.parameters().get(name);
        return values == null ? null : values.toArray(String[]::new);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> map = new LinkedHashMap<>();
        super.getParameterMap().forEach((name, values) -> {
            if (!address.knows(name)) {
                map.put(name, values);
            }
        });
        address.parameters().forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
