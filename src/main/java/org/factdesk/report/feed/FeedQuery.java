package org.factdesk.report.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.factdesk.report.claimreview.ClaimReviewService;
import org.jspecify.annotations.Nullable;

/**
 * The feed's parameters, checked: {@code since} an ISO 8601 instant (with Z or an offset; absent means from the
 * beginning), {@code after} the id of the last claim of the page before (as the next page's address gives it; absent
 * on the first page), {@code page} from 0 for clients that count pages instead, never with {@code after}, and
 * {@code size} from 1 to {@value ClaimReviewService#MAX_PAGE_SIZE} (50 when absent).
 */
record FeedQuery(Instant since, @Nullable Long after, int page, int size) {

    static final int DEFAULT_SIZE = 50;

    /** Thrown with a message for the CMS's operator when a parameter is wrong. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }

    static FeedQuery parse(@Nullable String since, @Nullable String after, @Nullable String page,
                           @Nullable String size) {
        int pageSize = number("size", size, DEFAULT_SIZE, 1, ClaimReviewService.MAX_PAGE_SIZE);
        // page × size must stay an int: the query's offset.
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / pageSize);
        if (blank(after)) {
            return new FeedQuery(instant(since), null, pageNumber, pageSize);
        }
        if (!blank(page)) {
            throw new BadParameter("after and page cannot be used together: follow the next page's address");
        }
        try {
            long claimId = Long.parseLong(after.strip());
            if (claimId >= 0) {
                return new FeedQuery(instant(since), claimId, 0, pageSize);
            }
        } catch (NumberFormatException e) {
            // Refused below, like a negative id.
        }
        throw new BadParameter("after must be a claim id, as the next page's address gives it");
    }

    /** Whether the pages are asked for by number ({@code page}) rather than by the last claim seen. */
    boolean byNumber() {
        return after == null && page > 0;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static Instant instant(@Nullable String since) {
        if (since == null || since.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(since.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadParameter("since must be an ISO 8601 instant such as 2026-01-31T08:00:00Z (a + in an "
                        + "offset must be sent as %2B)");
            }
        }
    }

    private static int number(String name, @Nullable String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Refused below with the range, like a number out of it.
        }
        throw new BadParameter(name + " must be a whole number from " + min + " to " + max);
    }
}
