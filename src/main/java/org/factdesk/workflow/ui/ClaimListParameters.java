package org.factdesk.workflow.ui;

import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * The claim list's filter in its address, so that any filtered list can be shared or linked to:
 * {@code claims?status=IN_REVIEW&status=TO_CHECK&assignee=checker&rating=3&overdue=true&dueFrom=2026-01-05
 * &dueTo=2026-01-12&q=text} (due dates as ISO days, both included). Unknown or malformed values are ignored rather
 * than refused.
 */
final class ClaimListParameters {

    static final String ROUTE = "claims";

    private ClaimListParameters() {
    }

    static QueryParameters of(ClaimFilter filter) {
        return QueryParameters.fromString(queryString(filter));
    }

    /** The filter, and {@code candidates=true} when the candidates are asked for. */
    static QueryParameters of(ClaimFilter filter, boolean candidates) {
        String query = queryString(filter);
        return QueryParameters.fromString(candidates ? (query.isEmpty() ? "" : query + "&") + "candidates=true"
                : query);
    }

    /** Whether the address asks for the candidates too ({@code candidates=true}). */
    static boolean candidates(QueryParameters parameters) {
        return "true".equals(first(parameters.getParameters(), "candidates"));
    }

    /**
     * What the list shows for the filter in the address: the candidates (suggestions nobody chose yet, most of the
     * desk's claims) only when asked for, by {@code candidates=true} or by choosing their status.
     */
    static ClaimFilter shown(ClaimFilter filter, boolean candidates) {
        if (candidates || !filter.statuses().isEmpty()) {
            return filter;
        }
        return new ClaimFilter(EnumSet.complementOf(EnumSet.of(ClaimStatus.CANDIDATE)), filter.assignee(),
                filter.articleId(), filter.ratingId(), filter.overdueOnly(), filter.text(), filter.dueFrom(),
                filter.dueTo());
    }

    /** The address of the claim list filtered so, for links; its parameters always come in the same order. */
    static String link(ClaimFilter filter) {
        String query = queryString(filter);
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    private static String queryString(ClaimFilter filter) {
        List<String> parameters = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            EnumSet.copyOf(filter.statuses()).forEach(status -> parameters.add("status=" + status.name()));
        }
        add(parameters, "assignee", filter.assignee());
        add(parameters, "article", filter.articleId());
        add(parameters, "rating", filter.ratingId());
        if (filter.overdueOnly()) {
            parameters.add("overdue=true");
        }
        add(parameters, "dueFrom", filter.dueFrom());
        add(parameters, "dueTo", filter.dueTo());
        add(parameters, "q", filter.text().isEmpty() ? null : filter.text());
        return String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, @Nullable Object value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
    }

    static ClaimFilter filter(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        Set<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
        for (String status : values.getOrDefault("status", List.of())) {
            parseStatus(status).ifPresent(statuses::add);
        }
        return new ClaimFilter(statuses, first(values, "assignee"), parseId(first(values, "article")),
                parseId(first(values, "rating")), "true".equals(first(values, "overdue")),
                Optional.ofNullable(first(values, "q")).orElse(""), parseDate(first(values, "dueFrom")),
                parseDate(first(values, "dueTo")));
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

    private static @Nullable LocalDate parseDate(@Nullable String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            return null;
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
