package org.wearetogether.crm.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where webhooks may go: public addresses only, so that a webhook cannot be used to reach the service's own machine,
 * its network or a cloud's metadata service (server-side request forgery). Loopback, private, link-local, unique-local,
 * carrier-grade NAT, multicast, reserved and metadata addresses are refused unless {@code TOGETHER_WEBHOOK_ALLOW} names
 * them (a CIDR or address) or the host name. The check runs when a webhook is set and again on every delivery, where
 * the addresses it passed are the ones connected to: a DNS answer that changes in between (rebinding) is caught.
 */
final class WebhookTargets {

    /** Resolves a host name to its addresses (the system's DNS; tests give their own). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<AddressBlock> FORBIDDEN = blocks(
            "0.0.0.0/8", // "this network"
            "10.0.0.0/8",
            "100.64.0.0/10", // carrier-grade NAT
            "127.0.0.0/8",
            "169.254.0.0/16", // link-local, with the metadata service 169.254.169.254
            "172.16.0.0/12",
            "192.0.0.0/24", // IETF protocol assignments (includes Oracle's 192.0.0.192 metadata)
            "192.168.0.0/16",
            "198.18.0.0/15", // benchmarking
            "224.0.0.0/4", // multicast
            "240.0.0.0/4", // reserved and broadcast
            "::/128",
            "::1/128",
            "64:ff9b::/96", // NAT64: an IPv4 address inside
            "fc00::/7", // unique-local, with AWS's metadata fd00:ec2::254
            "fe80::/10", // link-local
            "fec0::/10", // old site-local
            "ff00::/8"); // multicast

    private final List<AddressBlock> allowedBlocks;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    WebhookTargets(List<String> allow, Resolver resolver) {
        List<AddressBlock> blocks = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String entry : allow == null ? List.<String>of() : allow) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            if (AddressBlock.looksLikeAddress(e.split("/", 2)[0])) {
                blocks.add(AddressBlock.parse(e));
            } else {
                hosts.add(e.toLowerCase(Locale.ROOT));
            }
        }
        this.allowedBlocks = List.copyOf(blocks);
        this.allowedHosts = Set.copyOf(hosts);
        this.resolver = resolver;
    }

    static WebhookTargets usingSystemDns(List<String> allow) {
        return new WebhookTargets(allow, InetAddress::getAllByName);
    }

    /** Why a webhook address is not acceptable, in English for logs and the admin's message; empty when it is. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not an address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            return Optional.of("not a plain https address");
        }
        String host = host(uri);
        if (!scheme.equals("https") && !(scheme.equals("http") && hostAllowed(host))) {
            return Optional.of("only https (http only for a host in TOGETHER_WEBHOOK_ALLOW)");
        }
        try {
            checked(host);
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The addresses of a host that a delivery may connect to: all of them pass the check, or none is given. Throws
     * (as a failed lookup) when the host cannot be resolved or any of its addresses is forbidden.
     */
    List<InetAddress> checked(String host) throws UnknownHostException {
        String h = host.toLowerCase(Locale.ROOT);
        InetAddress[] addresses = resolver.resolve(h);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(h + " has no address");
        }
        if (allowedHosts.contains(h)) {
            return List.of(addresses);
        }
        List<String> forbidden = Arrays.stream(addresses)
                .filter(a -> forbidden(a) && allowedBlocks.stream().noneMatch(b -> b.contains(a)))
                .map(InetAddress::getHostAddress)
                .toList();
        if (!forbidden.isEmpty()) {
            throw new ForbiddenTarget(h + " resolves to a private, loopback, link-local or metadata address ("
                    + forbidden.stream().collect(Collectors.joining(", "))
                    + "); only public addresses, or those in TOGETHER_WEBHOOK_ALLOW");
        }
        return List.of(addresses);
    }

    static boolean forbidden(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || FORBIDDEN.stream().anyMatch(b -> b.contains(address))) {
            return true;
        }
        return embeddedIpv4(address).map(WebhookTargets::forbidden).orElse(false);
    }

    /** The IPv4 address inside an IPv4-mapped, NAT64 or 6to4 IPv6 address. */
    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        try {
            if (b[0] == 0x20 && b[1] == 0x02) { // 2002::/16, 6to4: the IPv4 address follows
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6)));
            }
            boolean zeroPrefix = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
            if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private boolean hostAllowed(String host) {
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (!AddressBlock.looksLikeAddress(host)) {
            return false;
        }
        AddressBlock literal = AddressBlock.parse(host);
        try {
            InetAddress address = InetAddress.getByAddress(literal.network());
            return allowedBlocks.stream().anyMatch(b -> b.contains(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static List<AddressBlock> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(AddressBlock::parse).toList();
    }

    /** A host whose addresses a webhook may not reach; a failed lookup to the HTTP client, so nothing is sent. */
    static final class ForbiddenTarget extends UnknownHostException {
        ForbiddenTarget(String message) {
            super(message);
        }
    }
}
