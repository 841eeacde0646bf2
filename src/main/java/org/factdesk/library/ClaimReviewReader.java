package org.factdesk.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads schema.org ClaimReview JSON-LD as fact-checkers publish it for search engines: one ClaimReview, an array of
 * them, an {@code ItemList} (FactDesk's own feed: its items, or {@code ListItem}s holding one), a {@code DataFeed}
 * whose {@code dataFeedElement} items are ClaimReviews or {@code DataFeedItem}s carrying them in {@code item}, or a
 * {@code @graph}. A record it cannot use is skipped with its reason; it never stops on one.
 */
final class ClaimReviewReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** What one document gave: its records, and the next page's address for a paged feed (FactDesk's "next"). */
    record Page(List<ImportRow> rows, @Nullable String next) {
    }

    private ClaimReviewReader() {
    }

    /** Reads {@code json}; rows are numbered from {@code firstNumber}. Not JSON at all: {@link IllegalArgumentException}. */
    static Page read(String json, int firstNumber) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("library.error.not-json", e);
        }
        List<JsonNode> reviews = new ArrayList<>();
        collect(root, reviews, 0);
        List<ImportRow> rows = new ArrayList<>();
        int number = firstNumber;
        for (JsonNode review : reviews) {
            rows.add(row(number++, review));
        }
        String next = root.isObject() ? string(root.get("next")) : null;
        return new Page(rows, next);
    }

    private static void collect(@Nullable JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (is(node, "ClaimReview")) {
            out.add(node);
        } else if (node.has("@graph")) {
            collect(node.get("@graph"), out, depth + 1);
        } else if (is(node, "ItemList") || node.has("itemListElement")) {
            collect(node.get("itemListElement"), out, depth + 1);
        } else if (is(node, "DataFeed") || node.has("dataFeedElement")) {
            collect(node.get("dataFeedElement"), out, depth + 1);
        } else if (node.has("item")) {
            collect(node.get("item"), out, depth + 1);
        } else {
            out.add(node);
        }
    }

    private static boolean is(JsonNode node, String type) {
        JsonNode types = node.get("@type");
        if (types == null) {
            return false;
        }
        if (types.isArray()) {
            for (JsonNode one : types) {
                if (type.equalsIgnoreCase(bare(one.asString()))) {
                    return true;
                }
            }
            return false;
        }
        return type.equalsIgnoreCase(bare(types.asString()));
    }

    /** "schema:ClaimReview" and "https://schema.org/ClaimReview" are "ClaimReview". */
    private static String bare(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1);
    }

    private static ImportRow row(int number, JsonNode review) {
        if (!is(review, "ClaimReview")) {
            return ImportRow.skipped(number, "library.skip.not-claimreview");
        }
        JsonNode rating = first(review.get("reviewRating"));
        String ratingText = rating == null ? null : firstString(rating, "alternateName", "name", "ratingExplanation");
        if (ratingText == null && rating != null && rating.has("ratingValue")) {
            ratingText = string(rating.get("ratingValue"));
        }
        String publisher = name(review.get("author"));
        if (publisher == null) {
            publisher = name(review.get("publisher"));
        }
        return Records.check(number, string(review.get("url")), string(review.get("claimReviewed")),
                firstString(review, "headline", "name"), ratingText, publisher, language(review.get("inLanguage")),
                firstString(review, "datePublished", "dateCreated", "dateModified"));
    }

    private static @Nullable String firstString(JsonNode node, String... names) {
        for (String name : names) {
            String value = string(node.get(name));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String name(@Nullable JsonNode node) {
        JsonNode one = first(node);
        if (one == null) {
            return null;
        }
        if (one.isString()) {
            return one.asString();
        }
        return firstString(one, "name", "alternateName", "url");
    }

    private static @Nullable String language(@Nullable JsonNode node) {
        JsonNode one = first(node);
        if (one == null) {
            return null;
        }
        if (one.isString()) {
            return one.asString().toLowerCase(Locale.ROOT);
        }
        return firstString(one, "alternateName", "name");
    }

    private static @Nullable JsonNode first(@Nullable JsonNode node) {
        if (node != null && node.isArray()) {
            return node.isEmpty() ? null : node.get(0);
        }
        return node == null || node.isNull() ? null : node;
    }

    private static @Nullable String string(@Nullable JsonNode node) {
        JsonNode one = first(node);
        if (one == null || one.isContainer()) {
            return null;
        }
        return one.asString();
    }
}
