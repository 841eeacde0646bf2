package org.factdesk.report.feed;

import org.factdesk.report.claimreview.ClaimReviewPage;
import org.factdesk.report.claimreview.ClaimReviewService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/claimreviews?since=&after=&size=}: the ClaimReviews of approved claims that changed since an instant
 * (an approval, or anything else the ClaimReview shows), for a newsroom CMS to pull page by page, each page's next
 * address carrying the last claim's id ({@code after}); {@code page=} still numbers pages for clients that count
 * them. The feed's security chain has already checked the switch and the token. Errors are answered here as JSON,
 * never handed to the application's error page.
 */
@RestController
class ClaimReviewFeedController {

    static final String PATH = "/api/claimreviews";
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");

    private static final Logger LOG = LoggerFactory.getLogger(ClaimReviewFeedController.class);

    private final ClaimReviewService reviews;

    ClaimReviewFeedController(ClaimReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> claimReviews(@RequestParam(required = false) @Nullable String since,
                                        @RequestParam(required = false) @Nullable String after,
                                        @RequestParam(required = false) @Nullable String page,
                                        @RequestParam(required = false) @Nullable String size) {
        FeedQuery query = FeedQuery.parse(since, after, page, size);
        String self;
        String next = null;
        ClaimReviewPage found;
        if (query.byNumber()) {
            found = reviews.approvedSince(query.since(), query.page(), query.size());
            self = link(query, "page", query.page());
            if (found.more()) {
                next = link(query, "page", query.page() + 1);
            }
        } else {
            long from = query.after() == null ? 0 : query.after();
            found = reviews.approvedSinceAfter(query.since(), from, query.size());
            self = query.after() == null ? link(query, null, 0) : link(query, "after", from);
            if (found.more()) {
                next = link(query, "after", found.claims().getLast().id());
            }
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(JSON_LD);
        if (next != null) {
            ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return ok.body(FeedDocument.write(found, self, next));
    }

    @ExceptionHandler(FeedQuery.BadParameter.class)
    ResponseEntity<byte[]> badParameter(FeedQuery.BadParameter refusal) {
        return error(HttpStatus.BAD_REQUEST, refusal.getMessage());
    }

    /** Anything else: logged, and answered as JSON rather than by the sign-in protected error page. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> failure(RuntimeException failure) {
        LOG.error("The ClaimReview feed failed", failure);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "The feed failed; the desk's log has the details");
    }

    private static ResponseEntity<byte[]> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(FeedErrors.body(message));
    }

    /**
     * This address with the page's parameters, {@code since} written as a UTC instant, and {@code where} (after or
     * page) set to {@code value} unless null (the first page).
     */
    private static String link(FeedQuery query, @Nullable String where, long value) {
        var link = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null)
                .queryParam("since", query.since().toString());
        if (where != null) {
            link.queryParam(where, value);
        }
        return link.queryParam("size", query.size()).build().toUriString();
    }
}
