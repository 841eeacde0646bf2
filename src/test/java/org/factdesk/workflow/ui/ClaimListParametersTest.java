package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
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
    void no_filter_is_the_bare_list_and_nonsense_is_ignored() {
        assertThat(ClaimListParameters.link(ClaimFilter.none())).isEqualTo("claims");
        assertThat(ClaimListParameters.filter(QueryParameters.fromString("status=NOPE&rating=x&article=&overdue=1")))
                .isEqualTo(ClaimFilter.none());
    }
}
