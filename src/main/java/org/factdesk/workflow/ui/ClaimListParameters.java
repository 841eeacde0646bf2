package org.factdesk.workflow.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * The claim list's filter in its address, so that any filtered list can be shared or linked to:
 * {@code claims?status=IN_REVIEW&status=TO_CHECK&assignee=checker&rating=3&overdue=true&q=text}. Unknown or
 * malformed values are ignored rather than refused.
 */
final class ClaimListParameters {

    static final String ROUTE = "claims";

    private ClaimListParameters() {
    }

    static QueryParameters of(ClaimFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!filter.statuses().isEmpty()) {
            parameters.put("status", EnumSet.copyOf(filter.statuses()).stream().map(Enum::name).toList());
        }
        put(parameters, "assignee", filter.assignee());
        put(parameters, "article", filter.articleId());
        put(parameters, "rating", filter.ratingId());
        if (filter.overdueOnly()) {
            parameters.put("overdue", List.of("true"));
        }
        put(parameters, "q", filter.text().isEmpty() ? null : filter.text());
        return new QueryParameters(parameters);
    }

    /** The address of the claim list filtered so, for links. */
    static String link(ClaimFilter filter) {
        String query = of(filter).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    static ClaimFilter filter(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        Set<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
        for (String status : values.getOrDefault("status", List.of())) {
            parseStatus(status).ifPresent(statuses::add);
        }
        return new ClaimFilter(statuses, first(values, "assignee"), parseId(first(values, "article")),
                parseId(first(values, "rating")), "true".equals(first(values, "overdue")),
                Optional.ofNullable(first(values, "q")).orElse(""));
    }

    private static void put(Map<String, List<String>> parameters, String name, @Nullable Object value) {
        if (value != null) {
            parameters.put(name, new ArrayList<>(List.of(value.toString())));
        }
    }

    private static @Nullable String first(Map<String, List<String>> values, String name) {
        List<String> list = values.getOrDefault(name, List.of());
        return list.isEmpty() || list.getFirst().isBlank() ? null : list.getFirst();
    }

    private static Optional<ClaimStatus> parseStatus(String value) {
        try {
            return Optional.of(ClaimStatus.valueOf(value));
        } catch (IllegalArgumentException notAStatus) {
            return Optional.empty();
        }
    }

    private static @Nullable Long parseId(@Nullable String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
