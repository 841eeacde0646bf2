package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private static MockHttpServletRequest from(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void without_a_trusted_proxy_the_header_is_ignored() {
        ClientAddress addresses = new ClientAddress("");

        assertThat(addresses.of(from("203.0.113.7", "192.0.2.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_the_proxy_saw() {
        ClientAddress addresses = new ClientAddress("10.0.0.0/8, 127.0.0.1");

        assertThat(addresses.of(from("10.1.2.3", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(addresses.of(from("127.0.0.1", "203.0.113.7, 10.0.0.5"))).as("through two proxies")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void an_address_the_client_wrote_into_the_header_itself_is_not_believed() {
        ClientAddress addresses = new ClientAddress("10.0.0.0/8");

        // The client sent "X-Forwarded-For: 192.0.2.1"; the proxy appended the address it really saw.
        assertThat(addresses.of(from("10.1.2.3", "192.0.2.1, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(addresses.of(from("10.1.2.3", "192.0.2.1", "203.0.113.7"))).as("in two headers")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void a_request_that_does_not_come_from_the_proxy_is_not_believed() {
        ClientAddress addresses = new ClientAddress("10.0.0.0/8");

        assertThat(addresses.of(from("203.0.113.7", "192.0.2.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void a_host_name_in_the_header_is_never_resolved_and_counts_as_the_client() {
        ClientAddress addresses = new ClientAddress("10.0.0.0/8");

        assertThat(addresses.of(from("10.1.2.3", "attacker.example"))).isEqualTo("attacker.example");
    }
}
