package io.comptoir.app.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Forms lead to the site and to the origins the features name, nowhere else; anything that is not an origin is refused. */
final class SecurityHeadersTest {

    @Test
    void formsLeadToTheSiteAndToTheNamedOriginsOnly() {
        assertThat(SecurityHeaders.contentSecurityPolicy(List.of())).contains("form-action 'self';").contains("script-src 'self'");
        assertThat(SecurityHeaders.contentSecurityPolicy(List.of("https://checkout.stripe.com", "https://connect.stripe.com", "https://checkout.stripe.com")))
                .contains("form-action 'self' https://checkout.stripe.com https://connect.stripe.com;");
    }

    @Test
    void whatIsNotAnOriginIsRefused() {
        for (String wrong : List.of("https://checkout.stripe.com/pay", "checkout.stripe.com", "https://a.example; script-src *", "*")) {
            assertThatThrownBy(() -> new SecurityHeaders(List.of(wrong))).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
        new SecurityHeaders(List.of("http://127.0.0.1:43121"));
    }
}
