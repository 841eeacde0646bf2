package org.factdesk.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every FactDesk response, pages and API alike (one definition for both security chains).
 * Spring Security's defaults stay on: {@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-cache,
 * no-store, max-age=0, must-revalidate} unless the response then sets its own caching (Vaadin's fingerprinted
 * bundle files do), {@code X-Frame-Options: DENY} and, on a request that arrived over TLS (directly or through a
 * proxy's {@code X-Forwarded-Proto}), {@code Strict-Transport-Security}. Added here: the Content-Security-Policy and
 * {@code Referrer-Policy: same-origin}.
 */
public final class SecurityHeaders {

    /**
     * As strict as Vaadin 25 allows: its bootstrap page runs inline scripts and its client evaluates code, so scripts
     * need {@code 'unsafe-inline' 'unsafe-eval'}; components set inline styles. Everything else comes from FactDesk
     * itself; {@code 'self'} also covers the push websocket on the same host (CSP level 3, as Chromium implements it).
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    /** For {@code http.headers(SecurityHeaders.everywhere())}. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        // Eagerly, before the request is handled: written when the response commits (the default), they never
        // reached Vaadin's pages, which Spring MVC forwards to Vaadin's servlet.
        return headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
