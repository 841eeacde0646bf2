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
 * {@code GET /api/claimreviews?since=&page=&size=}: the ClaimReviews of approved claims that changed since an instant
 * (an approval, or anything else the ClaimReview shows), for a newsroom CMS to pull page by page. The feed's security chain has already
 * checked the switch and the token. Errors are answered here as JSON, never handed to the application's error page.
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
                                        @RequestParam(required = false) @Nullable String page,
                                        @RequestParam(required = false) @Nullable String size) {
        FeedQuery query = FeedQuery.parse(since, page, size);
        ClaimReviewPage found = reviews.approvedSince(query.since(), query.page(), query.size());
        boolean more = (long) (query.page() + 1) * query.size() < found.total();
        String next = more ? link(query, query.page() + 1) : null;
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(JSON_LD);
        if (next != null) {
            ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return ok.body(FeedDocument.write(found, link(query, query.page()), next));
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

    /** This address with the page's parameters, {@code since} written as a UTC instant. */
    private static String link(FeedQuery query, int page) {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null)
                .queryParam("since", query.since().toString()).queryParam("page", page)
                .queryParam("size", query.size()).build().toUriString();
    }
}
