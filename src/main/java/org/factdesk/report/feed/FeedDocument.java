package org.factdesk.report.feed;

import java.io.ByteArrayOutputStream;
import org.factdesk.report.claimreview.ClaimReviewJson;
import org.factdesk.report.claimreview.ClaimReviewPage;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * A feed page as JSON-LD: a schema.org {@code ItemList} whose {@code itemListElement} holds the page's ClaimReviews
 * (each with its own {@code @context}), oldest approval first; {@code numberOfItems} counts them over all pages;
 * {@code url} is this page and {@code next} (FactDesk's own property, not schema.org's) the next one, absent on the
 * last page, as in the {@code Link: rel="next"} header.
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
            json.writeNumberProperty("numberOfItems", page.total());
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
