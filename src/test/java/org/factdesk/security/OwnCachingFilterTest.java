package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The HTTP/1.0 no-cache headers go when a handler makes its response cacheable. (In the tests' development mode no
 * handler does: Vaadin's files say {@code no-cache} there, {@code max-age=3600} in the production jar.)
 */
class OwnCachingFilterTest {

    @Test
    void a_handler_s_positive_max_age_drops_pragma_and_expires() throws Exception {
        HttpServletResponse response = run("max-age=3600");

        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(response.getHeader("Pragma")).isNull();
        assertThat(response.getHeader("Expires")).isNull();
    }

    @Test
    void a_handler_s_no_cache_or_none_at_all_keeps_them() throws Exception {
        for (String cacheControl : new String[] {"no-cache", null}) {
            HttpServletResponse response = run(cacheControl);

            assertThat(response.getHeader("Pragma")).isEqualTo("no-cache");
            assertThat(response.getHeader("Expires")).isEqualTo("0");
        }
    }

    @Test
    void a_positive_max_age_without_no_cache_or_no_store_is_cacheable() {
        assertThat(OwnCachingFilter.cacheable("max-age=3600")).isTrue();
        assertThat(OwnCachingFilter.cacheable("max-age=31536000, immutable")).isTrue();
        assertThat(OwnCachingFilter.cacheable("public, max-age=60")).isTrue();
    }

    @Test
    void spring_s_default_a_zero_max_age_no_store_and_no_max_age_are_not() {
        assertThat(OwnCachingFilter.cacheable("no-cache, no-store, max-age=0, must-revalidate")).isFalse();
        assertThat(OwnCachingFilter.cacheable("max-age=0")).isFalse();
        assertThat(OwnCachingFilter.cacheable("max-age=00")).isFalse();
        assertThat(OwnCachingFilter.cacheable("max-age=3600, no-store")).isFalse();
        assertThat(OwnCachingFilter.cacheable("private")).isFalse();
        assertThat(OwnCachingFilter.cacheable(null)).isFalse();
    }

    /** Spring's defaults written first, as the eager header writer does, then the handler's own Cache-Control. */
    private static HttpServletResponse run(@Nullable String cacheControl) throws Exception {
        HttpServletResponse response = new ServletResponse61();
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        new OwnCachingFilter().doFilter(new MockHttpServletRequest(), response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse handled) {
                if (cacheControl != null) {
                    ((HttpServletResponse) handled).setHeader("Cache-Control", cacheControl);
                }
            }
        });
        return response;
    }

    /** A response that removes a header set to null, as Servlet 6.1 and Tomcat 11 do (Spring's mock ignores it). */
    private static final class ServletResponse61 extends HttpServletResponseWrapper {

        private final MockHttpServletResponse headers;

        ServletResponse61() {
            this(new MockHttpServletResponse());
        }

        private ServletResponse61(MockHttpServletResponse headers) {
            super(headers);
            this.headers = headers;
        }

        @Override
        public void setHeader(String name, @Nullable String value) {
            if (value == null) {
                MockHttpServletResponse kept = new MockHttpServletResponse();
                headers.getHeaderNames().stream().filter(other -> !other.equalsIgnoreCase(name))
                        .forEach(other -> kept.setHeader(other, headers.getHeader(other)));
                headers.reset();
                kept.getHeaderNames().forEach(other -> headers.setHeader(other, kept.getHeader(other)));
            } else {
                headers.setHeader(name, value);
            }
        }
    }
}
