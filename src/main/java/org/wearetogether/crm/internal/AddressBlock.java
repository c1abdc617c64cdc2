package org.wearetogether.crm.internal;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of IP addresses in CIDR form ({@code 10.0.0.0/8}, {@code fc00::/7}); a bare address is a block of one. */
record AddressBlock(byte[] network, int prefix) {

    /** Parses a CIDR or an address literal; empty-handed (IllegalArgumentException) for anything else. */
    static AddressBlock parse(String cidr) {
        String[] parts = cidr.strip().split("/", 2);
        if (!looksLikeAddress(parts[0])) {
            throw new IllegalArgumentException("not an address: " + cidr);
        }
        try {
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("bad prefix: " + cidr);
            }
            return new AddressBlock(address, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR: " + cidr, e);
        }
    }

    /** An IPv4 or IPv6 literal (never resolved through DNS). */
    static boolean looksLikeAddress(String text) {
        return text.matches("[0-9.]+") && text.chars().filter(c -> c == '.').count() == 3
                || text.contains(":") && text.matches("[0-9a-fA-F:.]+");
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int bits = bytes.length * 8;
        BigInteger mask = prefix == 0
                ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(prefix).subtract(BigInteger.ONE).shiftLeft(bits - prefix);
        return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
    }
}
