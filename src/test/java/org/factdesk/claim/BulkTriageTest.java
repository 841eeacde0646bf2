package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage of several claims at once on the seed article: accepting every suggestion, accepting or dismissing the ticked
 * claims, and undoing any of it as one action; acceptances in bulk say so in the history.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class BulkTriageTest {

    private static final PageRequest ALL = PageRequest.of(0, 100);

    @Autowired
    ClaimService service;

    @Autowired
    ClaimRepository claims;

    @Autowired
    ArticleService articles;

    @Test
    @WithUserDetails("editor")
    void accept_all_suggested_accepts_exactly_the_suggested_candidates_and_marks_them_in_bulk() {
        List<ClaimRow> before = service.list(seed(), ALL);
        long dismissed = before.stream().filter(ClaimRow::suggested).findFirst().orElseThrow().id();
        service.dismiss(dismissed, fresh(dismissed).version(), DismissReason.DUPLICATE);

        Map<Long, Long> accepted = service.acceptSuggested(seed());

        List<Long> expected = before.stream().filter(ClaimRow::suggested).map(ClaimRow::id)
                .filter(id -> id != dismissed).toList();
        assertThat(accepted.keySet()).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
        assertThat(service.list(seed(), ALL)).allSatisfy(row -> assertThat(row.status()).isEqualTo(
                expected.contains(row.id()) ? ClaimStatus.TO_CHECK
                        : row.id() == dismissed ? ClaimStatus.DISMISSED : ClaimStatus.CANDIDATE));
        expected.forEach(id -> assertThat(service.history(id).getFirst())
                .extracting(ActivityEntry::after, ActivityEntry::detail)
                .containsExactly("TO_CHECK", ClaimService.IN_BULK));
    }

    @Test
    @WithUserDetails("editor")
    void an_accept_of_one_claim_is_not_marked_in_bulk() {
        long id = service.list(seed(), ALL).getFirst().id();

        service.select(id, fresh(id).version());

        assertThat(service.history(id).getFirst().detail()).isNull();
    }

    @Test
    @WithUserDetails("editor")
    void ticked_claims_are_dismissed_for_one_reason_and_the_whole_dismissal_is_undone_as_one() {
        List<Long> ids = service.list(seed(), ALL).stream().limit(3).map(ClaimRow::id).toList();

        Map<Long, Long> dismissed = service.dismissInBulk(ids, DismissReason.OPINION);

        assertThat(dismissed.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        ids.forEach(id -> assertThat(fresh(id)).extracting(ClaimRow::status, ClaimRow::dismissReason)
                .containsExactly(ClaimStatus.DISMISSED, DismissReason.OPINION));

        service.undoTriage(dismissed);

        ids.forEach(id -> assertThat(fresh(id).status()).isEqualTo(ClaimStatus.CANDIDATE));
    }

    @Test
    @WithUserDetails("editor")
    void an_undo_of_a_bulk_accept_is_refused_whole_when_a_colleague_changed_one_of_the_claims() {
        List<Long> ids = service.list(seed(), ALL).stream().limit(3).map(ClaimRow::id).toList();
        Map<Long, Long> accepted = service.acceptInBulk(ids);
        long changed = ids.get(1);
        service.reword(changed, fresh(changed).version(), "Reworded by a colleague.");
        claims.flush();

        assertThatThrownBy(() -> service.undoTriage(accepted)).isInstanceOf(RefusedException.class);
    }

    @Test
    @WithUserDetails("checker")
    void only_editors_triage_in_bulk() {
        long article = seed();

        assertThatThrownBy(() -> service.acceptSuggested(article)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.dismissInBulk(List.of(1L), DismissReason.OPINION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.undoTriage(Map.of(1L, 0L))).isInstanceOf(AccessDeniedException.class);
    }

    private long seed() {
        List<ArticleListItem> found = articles.list("vise à renforcer les liens de Bakou", ALL);
        assertThat(found).as("the seed article").singleElement();
        return found.getFirst().id();
    }

    private ClaimRow fresh(long id) {
        claims.flush();
        return service.find(id).orElseThrow();
    }
}
