package org.factdesk.report.feed;

import java.io.ByteArrayOutputStream;
import org.factdesk.report.claimreview.ClaimReviewJson;
import org.factdesk.report.claimreview.ClaimReviewPage;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * A feed page as JSON-LD: a schema.org {@code ItemList} whose {@code itemListElement} holds the page's ClaimReviews
 * (each with its own {@code @context}), in the order of the claims' ids; {@code numberOfItems} counts them over all
 * pages, on the first page and on pages asked for by number (the pages after the first, reached through
 * {@code next}, leave it out: counting reads every change); {@code url} is this page and {@code next} (FactDesk's own
 * property, not schema.org's) the next one, absent on the last page, as in the {@code Link: rel="next"} header.
 */
final class FeedDocument {

    private FeedDocument() {
    }

    static byte[] write(ClaimReviewPage page, String self, @Nullable String next) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = ClaimReviewJson.compact(out)) {
            json.writeStartObject();
            json.writeStringProperty("@context", ClaimReviewJson.CONTEXT);
            json.writeStringProperty("@type", "ItemList");
            json.writeStringProperty("url", self);
            if (next != null) {
                json.writeStringProperty("next", next);
            }
            if (page.total() != null) {
                json.writeNumberProperty("numberOfItems", page.total());
            }
            json.writeStringProperty("itemListOrder", "https://schema.org/ItemListOrderAscending");
            json.writeName("itemListElement");
            json.writeStartArray();
            page.writeItems(json);
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }
}
