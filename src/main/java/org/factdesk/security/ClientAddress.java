package org.factdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address a request comes from, for sign-in throttling. {@code X-Forwarded-For} is read only when the request
 * comes from a configured trusted proxy ({@code factdesk.security.trusted-proxies}: addresses or CIDR ranges, comma
 * separated); otherwise anyone could claim any address. The client is then the right-most address in the header that
 * is not itself a trusted proxy.
 */
@Component
class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final int MAX_LENGTH = 64;

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddress(@Value("${factdesk.security.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.split(",")).map(String::strip)
                .filter(proxy -> !proxy.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trusted(peer)) {
            return cut(peer);
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            Arrays.stream(header.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).forEach(hops::add);
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                return cut(hops.get(i));
            }
        }
        return cut(hops.isEmpty() ? peer : hops.getFirst());
    }

    private boolean trusted(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return false; // never resolve a host name
        }
        try {
            return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static String cut(String address) {
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
