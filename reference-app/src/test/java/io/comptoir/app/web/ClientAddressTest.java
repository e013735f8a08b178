package io.comptoir.app.web;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

final class ClientAddressTest {
    private final ClientAddress behindProxy = new ClientAddress(Set.of("10.0.0.2", "10.0.0.3"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(new ClientAddress(Set.of()).of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void aRequestForwardedByATrustedProxyComesFromTheAddressThatProxySaw() {
        assertThat(behindProxy.of("10.0.0.2", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(behindProxy.of("10.0.0.2", "198.51.100.1, 10.0.0.3")).as("through two proxies").isEqualTo("198.51.100.1");
        assertThat(behindProxy.of("10.0.0.2", "2001:db8::1")).isEqualTo("2001:db8::1");
    }

    @Test
    void addressesTheClientWroteItselfAreNotBelieved() {
        assertThat(behindProxy.of("10.0.0.2", "1.2.3.4, 198.51.100.1")).as("the proxy appended the real one").isEqualTo("198.51.100.1");
        assertThat(behindProxy.of("203.0.113.7", "198.51.100.1")).as("not from a proxy").isEqualTo("203.0.113.7");
        assertThat(behindProxy.of("10.0.0.2", "<script>, 198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(behindProxy.of("10.0.0.2", "not-an-address")).as("garbage: the proxy itself").isEqualTo("10.0.0.2");
        assertThat(behindProxy.of("10.0.0.2", "")).isEqualTo("10.0.0.2");
    }
}
