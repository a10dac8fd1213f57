package org.itqan.quran.realtime.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The SSRF rules for webhook targets, checked at registration and again before every delivery (a name can be
 * re-pointed at an internal address after registration: DNS rebinding). A target must be https, have a host and no
 * user info, and every address its host resolves to must be public: not loopback, private (RFC 1918), link-local
 * (incl. the 169.254.169.254 cloud metadata address), carrier-grade NAT, unique-local IPv6 (fc00::/7), multicast,
 * unspecified or reserved. {@code quran.webhooks.allowed-hosts} exempts exact host names or CIDR ranges from these
 * rules (and from https), for receivers on an internal network and for tests on loopback.
 * <p>
 * The same rules decide where a delivery connects: the HTTP client resolves names through {@link #resolver()}, which
 * refuses a name with a non-public address, so the addresses connected to are the addresses checked, even when a
 * name answers differently from one lookup to the next.
 */
@Component
class WebhookTargets {

    /** Blocked IPv4 ranges beyond what {@link InetAddress}'s predicates name. */
    private static final List<IpAddressMatcher> BLOCKED = List.of("0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24",
            "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "fc00::/7",
            "2001:db8::/32", "64:ff9b::/96").stream().map(IpAddressMatcher::new).toList();

    private final List<String> allowedNames;
    private final List<IpAddressMatcher> allowedRanges;

    WebhookTargets(WebhookProperties properties) {
        this.allowedNames = properties.allowedHosts().stream().filter(h -> !h.contains("/"))
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.allowedRanges = properties.allowedHosts().stream().filter(h -> h.contains("/"))
                .map(IpAddressMatcher::new).toList();
    }

    /** Why {@code target} may not receive deliveries, or null when it may. */
    String refusal(String target) {
        URI uri;
        try {
            uri = new URI(target);
        } catch (Exception e) {
            return "the URL is not valid";
        }
        var host = uri.getHost();
        if (uri.getScheme() == null || host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "the URL needs a scheme and a host, and no user info or fragment";
        }
        var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "the URL must be https";
        }
        var name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            return "the host " + host + " does not resolve";
        }
        for (var address : addresses) {
            boolean allowed = allowed(name, address);
            if (!allowed && !isPublic(address)) {
                return "the host " + host + " resolves to a non-public address (" + address.getHostAddress() + ")";
            }
            if (!allowed && !scheme.equals("https")) {
                return "the URL must be https";
            }
        }
        return null;
    }

    /**
     * The name resolution of the delivery client: the system's, refusing a name any of whose addresses the rules
     * refuse ({@link TargetRefused}), so that no connection is made to an address that was not checked.
     */
    DnsResolver resolver() {
        return new SystemDefaultDnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                var name = host.toLowerCase(Locale.ROOT);
                if (name.startsWith("[") && name.endsWith("]")) {
                    name = name.substring(1, name.length() - 1);
                }
                var addresses = super.resolve(name);
                for (var address : addresses) {
                    if (!allowed(name, address) && !isPublic(address)) {
                        throw new TargetRefused("the host " + host + " resolves to a non-public address ("
                                + address.getHostAddress() + ")");
                    }
                }
                return addresses;
            }
        };
    }

    /** A delivery's host resolved to an address the SSRF rules refuse (when connecting, not when checked before). */
    static final class TargetRefused extends UnknownHostException {

        TargetRefused(String reason) {
            super(reason);
        }
    }

    private boolean allowed(String name, InetAddress address) {
        return allowedNames.contains(name) || allowedRanges.stream().anyMatch(r -> r.matches(address.getHostAddress()));
    }

    static boolean isPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            var bytes = v6.getAddress();
            if (isMappedIpv4(bytes)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet4Address && address.getHostAddress().equals("255.255.255.255")) {
            return false;
        }
        return BLOCKED.stream().noneMatch(range -> range.matches(address.getHostAddress()));
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
