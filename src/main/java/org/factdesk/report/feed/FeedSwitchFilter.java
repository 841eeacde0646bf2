package org.factdesk.report.feed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the feed is off, {@code /api/**} answers 404 to everyone, token or not: there is no feed to authorise, and a
 * CMS's operator reads "off" rather than a token problem.
 */
final class FeedSwitchFilter extends OncePerRequestFilter {

    private final ApiFeedService feed;

    FeedSwitchFilter(ApiFeedService feed) {
        this.feed = feed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!feed.feedOn()) {
            FeedErrors.send(response, HttpServletResponse.SC_NOT_FOUND, FeedErrors.FEED_OFF);
            return;
        }
        chain.doFilter(request, response);
    }
}
