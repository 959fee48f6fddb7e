package org.bepart.web.security;

import inet.ipaddr.HostName;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv6.IPv6Address;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;

/**
 * Who a request comes from, for rate limits and caps: the connection's address, or — only when that address is one
 * of the trusted proxies ({@value #TRUSTED_PROXIES_KEY}: addresses and CIDR ranges, comma-separated) — the
 * {@code X-Forwarded-For} entries read from the right, skipping trusted proxies. As a key, IPv4 addresses stand
 * alone and IPv6 addresses are grouped by their /64 network (one household or server has a whole /64). Literals are
 * parsed without ever asking DNS. Clients in {@value #EXEMPT_KEY} are never rate-limited.
 */
@ApplicationScoped
public class ClientAddress {

    public static final String TRUSTED_PROXIES_KEY = "bepart.trusted-proxies";
    public static final String EXEMPT_KEY = "bepart.rate-limit.exempt";
    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final int IPV6_GROUP_BITS = 64;
    /** Enough for any chain of proxies; longer headers are read from the right only this far. */
    static final int MAX_HOPS = 20;

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    private List<IPAddress> trusted = List.of();
    private List<IPAddress> exempt = List.of();

    @PostConstruct
    void configure() {
        var config = ConfigProvider.getConfig();
        trusted = ranges(TRUSTED_PROXIES_KEY, config.getOptionalValue(TRUSTED_PROXIES_KEY, String.class).orElse(""));
        exempt = ranges(EXEMPT_KEY, config.getOptionalValue(EXEMPT_KEY, String.class).orElse(""));
    }

    /** The client's key: an IPv4 address, or the /64 network of an IPv6 address, as text. */
    public String of(HttpServletRequest request) {
        return key(address(request), request.getRemoteAddr());
    }

    /** Whether the client is exempt from rate limits. */
    public boolean isExempt(HttpServletRequest request) {
        IPAddress client = address(request);
        return client != null && contains(exempt, client);
    }

    private IPAddress address(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)), trusted);
    }

    /**
     * The client address: {@code remote} unless it is a trusted proxy, then the first address from the right of the
     * {@code X-Forwarded-For} values that is not; null when {@code remote} is no address.
     */
    static IPAddress resolve(String remote, List<String> forwardedFor, List<IPAddress> trusted) {
        IPAddress current = parse(remote);
        if (current == null || trusted.isEmpty()) {
            return current;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= Math.max(0, hops.size() - MAX_HOPS) && contains(trusted, current); i--) {
            IPAddress hop = parse(hops.get(i));
            if (hop == null) {
                // What a trusted proxy passed on is no address: the proxy is the last client we know.
                return current;
            }
            current = hop;
        }
        return current;
    }

    /** The key of an address: IPv4 as it is, IPv6 as its /64 network; {@code fallback} when there is none. */
    static String key(IPAddress address, String fallback) {
        if (address == null) {
            return fallback == null ? "unknown" : fallback;
        }
        if (address.isIPv4()) {
            return address.withoutPrefixLength().toCanonicalString();
        }
        return address.toPrefixBlock(IPV6_GROUP_BITS).toCanonicalString();
    }

    /** An address literal (an IPv4-mapped IPv6 address as IPv4, ports and brackets dropped), or null; never DNS. */
    static IPAddress parse(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return null;
        }
        HostName host = new HostName(text.strip());
        if (!host.isAddress()) {
            return null;
        }
        IPAddress address = host.asAddress().withoutPrefixLength();
        if (address.isIPv6()) {
            IPv6Address v6 = address.toIPv6();
            if (v6.isIPv4Mapped()) {
                return v6.getEmbeddedIPv4Address();
            }
        }
        return address;
    }

    /** Addresses and CIDR ranges, comma-separated; what is not one is left out with a warning. */
    static List<IPAddress> ranges(String key, String text) {
        List<IPAddress> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            IPAddress range = new IPAddressString(part.strip()).getAddress();
            if (range == null) {
                LOG.warning(() -> key + ": not an address or range, left out: " + part.strip());
            } else {
                ranges.add(range.toPrefixBlock());
            }
        }
        return List.copyOf(ranges);
    }

    static boolean contains(List<IPAddress> ranges, IPAddress address) {
        for (IPAddress range : ranges) {
            if (range.getIPVersion() == address.getIPVersion() && range.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
