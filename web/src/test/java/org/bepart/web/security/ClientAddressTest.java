package org.bepart.web.security;

import inet.ipaddr.IPAddress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who a request comes from, with and without trusted proxies. */
class ClientAddressTest {

    private static final List<IPAddress> PROXIES = ClientAddress.ranges("test", "10.0.0.0/8, 2001:db8:ffff::1");

    private static String client(String remote, String... forwardedFor) {
        return ClientAddress.key(ClientAddress.resolve(remote, List.of(forwardedFor), PROXIES), remote);
    }

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClientWhateverTheHeaderSays() {
        assertEquals("203.0.113.7", ClientAddress.key(ClientAddress.resolve("203.0.113.7", List.of("198.51.100.1"),
                List.of()), "203.0.113.7"));
        assertEquals("203.0.113.7", client("203.0.113.7", "198.51.100.1"), "an untrusted peer's header is ignored");
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        assertEquals("198.51.100.1", client("10.1.2.3", "198.51.100.1"));
        assertEquals("198.51.100.1", client("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9"),
                "what the client wrote itself on the left is not believed");
        assertEquals("198.51.100.1", client("10.1.2.3", "6.6.6.6", "198.51.100.1, 10.9.9.9"), "several headers");
        assertEquals("198.51.100.1", client("2001:db8:ffff::1", "198.51.100.1"), "an IPv6 proxy");
        assertEquals("10.1.2.3", client("10.1.2.3", "evil.example.org"), "a name is no address, and never resolved");
        assertEquals("10.1.2.3", client("10.1.2.3"), "no header: the proxy itself");
        assertEquals("198.51.100.1", client("10.1.2.3", "198.51.100.1:5311"), "with a port");
        assertEquals("2001:db8:5:6::/64", client("10.1.2.3", "[2001:db8:5:6::9]:443"), "IPv6 with a port");
    }

    @Test
    void ipv6ClientsAreGroupedByTheirSlash64AndMappedIpv4IsIpv4() {
        assertEquals("2001:db8:1:2::/64", client("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(client("2001:db8:1:2::1"), client("2001:db8:1:2:ffff::9"), "one /64, one client");
        assertTrue(!client("2001:db8:1:2::1").equals(client("2001:db8:1:3::1")), "another /64, another client");
        assertEquals("192.0.2.4", client("::ffff:192.0.2.4"));
    }

    @Test
    void garbageIsNoAddressAndBadRangesAreLeftOut() {
        assertNull(ClientAddress.parse("not an address"));
        assertNull(ClientAddress.parse(""));
        assertNull(ClientAddress.parse("1".repeat(200)));
        assertEquals(1, ClientAddress.ranges("test", "127.0.0.1, nonsense, ").size());
        assertTrue(ClientAddress.contains(ClientAddress.ranges("test", "127.0.0.0/8"), ClientAddress.parse("127.4.5.6")));
        assertTrue(!ClientAddress.contains(ClientAddress.ranges("test", "127.0.0.1"), ClientAddress.parse("::1")));
    }
}
