package org.factdesk.report.feed;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever under {@code /api/} the feed does not answer: JSON for a CMS, never the application's HTML pages. A
 * known address asked with another method is 405 with {@code Allow}; any other address is 404. The more specific
 * mapping of {@link ClaimReviewFeedController} wins for its own address and method.
 */
@RestController
class UnknownApiController {

    static final String NO_SUCH_ADDRESS = "There is nothing at this address of the API; the feed is at "
            + ClaimReviewFeedController.PATH;
    static final String ONLY_GET = "This address answers GET only";

    @RequestMapping("/api/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ClaimReviewFeedController.PATH.equals(path)) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "GET, HEAD")
                    .contentType(MediaType.APPLICATION_JSON).body(FeedErrors.body(ONLY_GET));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(FeedErrors.body(NO_SUCH_ADDRESS));
    }
}
