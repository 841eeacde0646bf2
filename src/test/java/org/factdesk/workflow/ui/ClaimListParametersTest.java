package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Set;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimStatus;
import org.junit.jupiter.api.Test;

class ClaimListParametersTest {

    @Test
    void a_filter_survives_the_round_trip_through_the_address() {
        ClaimFilter filter = new ClaimFilter(Set.of(ClaimStatus.IN_REVIEW, ClaimStatus.TO_CHECK), "checker", 7L, 3L,
                true, "50% & more_ here");

        String link = ClaimListParameters.link(filter);

        assertThat(link).startsWith("claims?status=TO_CHECK&status=IN_REVIEW&assignee=checker&article=7&rating=3"
                + "&overdue=true&q=");
        assertThat(ClaimListParameters.filter(QueryParameters.fromString(link.substring("claims?".length()))))
                .isEqualTo(filter);
    }

    @Test
    void a_due_date_range_survives_the_round_trip_and_unreadable_days_are_ignored() {
        ClaimFilter filter = new ClaimFilter(Set.of(ClaimStatus.IN_RESEARCH), "checker", null, null, false, "")
                .dueBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12));

        String link = ClaimListParameters.link(filter);

        assertThat(link).isEqualTo("claims?status=IN_RESEARCH&assignee=checker&dueFrom=2026-01-05&dueTo=2026-01-12");
        assertThat(ClaimListParameters.filter(QueryParameters.fromString(link.substring("claims?".length()))))
                .isEqualTo(filter);
        assertThat(ClaimListParameters.filter(QueryParameters.fromString("dueFrom=5%2F1%2F2026&dueTo=2026-02-30")))
                .isEqualTo(ClaimFilter.none());
    }

    @Test
    void no_filter_is_the_bare_list_and_nonsense_is_ignored() {
        assertThat(ClaimListParameters.link(ClaimFilter.none())).isEqualTo("claims");
        assertThat(ClaimListParameters.filter(QueryParameters.fromString("status=NOPE&rating=x&article=&overdue=1")))
                .isEqualTo(ClaimFilter.none());
    }
}
