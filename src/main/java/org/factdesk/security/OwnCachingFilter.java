package org.factdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a response that makes itself cacheable be cached. Spring Security's no-cache headers are written before the
 * request is handled ({@link SecurityHeaders}: eagerly, so that they reach Vaadin's pages); a handler that then sets
 * its own {@code Cache-Control} (Vaadin's bundle files, Lumo's stylesheet, the icons) replaced that header, but
 * Spring's HTTP/1.0 {@code Pragma: no-cache} and {@code Expires: 0} stayed beside it, and Chromium revalidates every
 * response that says {@code Pragma: no-cache}, whatever its {@code Cache-Control}: each page load asked the server
 * again for some twenty unchanged files, each through the whole filter chain (issue 15, decision 017). When the
 * handler's {@code Cache-Control} allows caching (a positive {@code max-age}, neither {@code no-cache} nor
 * {@code no-store}), the two go; every other response keeps all three, so pages and round trips are never stored.
 */
final class OwnCachingFilter extends OncePerRequestFilter {

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, @Nullable String value) {
                super.setHeader(name, value);
                dropNoCacheIfCacheable(name, value);
            }

            @Override
            public void addHeader(String name, @Nullable String value) {
                super.addHeader(name, value);
                dropNoCacheIfCacheable(name, value);
            }

            private void dropNoCacheIfCacheable(String name, @Nullable String value) {
                if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && cacheable(value)) {
                    // Tomcat (Servlet 6.1) removes a header set to null.
                    super.setHeader(HttpHeaders.PRAGMA, null);
                    super.setHeader(HttpHeaders.EXPIRES, null);
                }
            }
        });
    }

    /** Whether a {@code Cache-Control} value lets a browser keep the response for a while without asking again. */
    static boolean cacheable(@Nullable String cacheControl) {
        if (cacheControl == null || cacheControl.contains("no-cache") || cacheControl.contains("no-store")) {
            return false;
        }
        Matcher maxAge = MAX_AGE.matcher(cacheControl);
        return maxAge.find() && !maxAge.group(1).chars().allMatch(digit -> digit == '0');
    }
}
