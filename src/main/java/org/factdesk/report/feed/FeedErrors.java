package org.factdesk.report.feed;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.factdesk.report.claimreview.ClaimReviewJson;
import org.springframework.http.MediaType;
import tools.jackson.core.JsonGenerator;

/** The feed's refusals, as a small JSON object a CMS's log can show: {@code {"error": "…"}}. */
final class FeedErrors {

    static final String NEEDS_TOKEN = "A valid API token is required: send it as Authorization: Bearer <token>";
    static final String FEED_OFF = "The ClaimReview feed is off: an administrator can turn it on";

    private FeedErrors() {
    }

    static byte[] body(String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = ClaimReviewJson.compact(out)) {
            json.writeStartObject();
            json.writeStringProperty("error", message);
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(body(message));
    }
}
