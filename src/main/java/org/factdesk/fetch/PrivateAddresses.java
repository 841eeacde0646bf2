package org.factdesk.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Addresses of the server's own machine or network, which a page fetched for a user must never reach. */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network" and 100.64.0.0/10 carrier-grade NAT: also not the public internet.
            return first == 0 || first == 100 && (second & 0xc0) == 64;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses, the IPv6 private networks; and IPv4 addresses embedded in IPv6.
            return (bytes[0] & 0xfe) == 0xfc || embeddedIpv4IsPrivate(bytes);
        }
        return false;
    }

    /** ::a.b.c.d (IPv4-compatible) and 64:ff9b::a.b.c.d (NAT64) carry an IPv4 address that may be private. */
    private static boolean embeddedIpv4IsPrivate(byte[] bytes) {
        boolean compatible = allZero(bytes, 0, 12);
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
                && allZero(bytes, 4, 12);
        if (!compatible && !nat64) {
            return false;
        }
        try {
            byte[] v4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
            return isPrivate(InetAddress.getByAddress(v4));
        } catch (java.net.UnknownHostException e) {
            return true;
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
