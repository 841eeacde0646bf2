package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/** A claim's sources: who may change them on which claim, what is refused, and what the history keeps. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class SourceServiceTest {

    @Autowired
    SourceService service;
    @Autowired
    SourceRepository sources;
    @Autowired
    ClaimRepository claims;
    @Autowired
    ClaimService claimService;
    @Autowired
    ArticleService articles;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClaimAccess access;
    @Autowired
    ActivityLog log;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    // --- who may change sources ---

    @Test
    @WithUserDetails("editor")
    void an_editor_adds_a_source_to_any_claim_being_researched() {
        long toCheck = claim(0, null);
        long assignedToSomeoneElse = claim(1, "checker");

        long first = service.add(toCheck, insee());
        service.add(assignedToSomeoneElse, insee());

        SourceItem item = service.list(toCheck).getFirst();
        assertThat(item.id()).isEqualTo(first);
        assertThat(item.url()).isEqualTo("https://www.insee.fr/fr/statistiques/1234");
        assertThat(item.title()).isEqualTo("Taux de chômage au 4e trimestre 2023");
        assertThat(item.publisher()).isEqualTo("Insee");
        assertThat(item.kind()).isEqualTo(SourceKind.OFFICIAL_STATISTICS);
        assertThat(item.excerpt()).isEqualTo("Le taux de chômage est de 7,5 %.");
        assertThat(item.accessedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(item.reliability()).isEqualTo(Reliability.HIGH);
        assertThat(item.archiveStatus()).isEqualTo(ArchiveStatus.NONE);
        assertThat(item.createdBy()).isEqualTo("editor");
        assertThat(service.list(assignedToSomeoneElse)).hasSize(1);
        ActivityEntry added = claimService.history(toCheck).getFirst();
        assertThat(added.action()).isEqualTo("source.added");
        assertThat(added.actor()).isEqualTo("editor");
        assertThat(added.after()).isEqualTo("Taux de chômage au 4e trimestre 2023 — https://www.insee.fr/fr/statistiques/1234");
    }

    @Test
    @WithUserDetails("checker")
    void a_checker_changes_the_sources_of_a_claim_assigned_to_them() {
        long mine = claim(0, "checker");

        long id = service.add(mine, insee());
        sources.flush();
        service.update(id, 0, withTitle("Chômage : chiffres révisés"));
        sources.flush();
        service.remove(id, 1);

        assertThat(service.list(mine)).isEmpty();
        assertThat(claimService.history(mine)).extracting(ActivityEntry::action).startsWith("source.removed",
                "source.updated", "source.added");
    }

    @Test
    @WithUserDetails("checker")
    void a_checker_may_not_change_the_sources_of_a_claim_not_assigned_to_them() {
        long unassigned = claim(0, null);
        long others = claim(1, "editor");
        long othersSource = sourceAddedByEditor(others);

        assertThatThrownBy(() -> service.add(unassigned, insee())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.add(others, insee())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(othersSource, 0, insee())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.remove(othersSource, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.archive(othersSource)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.list(others)).extracting(SourceItem::title).containsExactly(insee().title());
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_sources_and_changes_none() {
        long claim = claim(0, "checker");
        long source = sourceAddedByEditor(claim);
        SignedIn.as(users, "viewer");

        Map<String, ThrowingCallable> changes = Map.of(
                "add", () -> service.add(claim, insee()),
                "update", () -> service.update(source, 0, insee()),
                "remove", () -> service.remove(source, 0),
                "archive", () -> service.archive(source));

        changes.forEach((name, change) -> assertThatThrownBy(change).as(name)
                .isInstanceOf(AccessDeniedException.class));
        // Method security refuses before the claim is even looked up: an unknown claim is not "gone" to a viewer.
        assertThatThrownBy(() -> service.add(999_999_999L, insee())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.list(claim)).hasSize(1);
        assertThat(service.archivedText(source)).isEmpty();
    }

    @Test
    void without_a_signed_in_user_even_reading_is_refused() {
        assertThat(AopUtils.isAopProxy(service)).isTrue();
        assertThatThrownBy(() -> service.list(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.archivedText(1))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("editor")
    void sources_of_a_claim_not_being_researched_do_not_change() {
        Claim candidate = seedClaims().get(2);
        long id = java.util.Objects.requireNonNull(candidate.getId());

        assertThatThrownBy(() -> service.add(id, insee())).isInstanceOfSatisfying(RefusedException.class,
                refusal -> assertThat(refusal.key()).isEqualTo("claim.error.not-in-research"));
        assertThat(service.list(id)).isEmpty();
    }

    // --- bad input ---

    @Test
    @WithUserDetails("editor")
    void addresses_other_than_http_and_https_are_refused() {
        long claim = claim(0, null);

        for (String url : List.of("javascript:alert(1)", "ftp://ftp.example.org/data.csv", "www.insee.fr",
                "data:text/html,<script>alert(1)</script>")) {
            assertThat(violations(() -> service.add(claim, withUrl(url)))).as(url).containsExactly("url");
        }
        assertThat(service.list(claim)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void a_blank_title_a_missing_kind_and_too_long_texts_are_refused_by_field() {
        long claim = claim(0, null);
        SourceData bad = new SourceData("https://example.org", "   ", "p".repeat(SourceData.PUBLISHER_MAX + 1), null,
                "e".repeat(SourceData.EXCERPT_MAX + 1), null, null, "n".repeat(SourceData.NOTE_MAX + 1));

        assertThat(violations(() -> service.add(claim, bad))).containsExactlyInAnyOrder("title", "publisher", "kind",
                "excerpt", "reliability", "note");
        assertThat(service.list(claim)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void an_access_date_in_the_future_is_refused_and_today_is_not() {
        long claim = claim(0, null);

        assertThat(violations(() -> service.add(claim, withAccessedOn(LocalDate.now(clock).plusDays(10)))))
                .containsExactly("accessedOn");
        service.add(claim, withAccessedOn(LocalDate.now(clock)));
        service.add(claim, withAccessedOn(null));

        assertThat(service.list(claim)).hasSize(2);
    }

    @Test
    @WithUserDetails("editor")
    void html_in_the_title_and_excerpt_is_stored_as_typed() {
        long claim = claim(0, null);
        String title = "<img src=x onerror=alert(1)> Rapport";
        String excerpt = "<script>alert('x')</script> & <b>gras</b>";

        service.add(claim, new SourceData("https://example.org/rapport", title, null, SourceKind.OTHER, excerpt,
                null, Reliability.UNKNOWN, null));

        SourceItem item = service.list(claim).getFirst();
        assertThat(item.title()).isEqualTo(title);
        assertThat(item.excerpt()).isEqualTo(excerpt);
    }

    // --- versions and history ---

    @Test
    @WithUserDetails("editor")
    void a_change_on_a_stale_version_is_refused_and_overwrites_nothing() {
        long claim = claim(0, null);
        long id = service.add(claim, insee());
        sources.flush();
        service.update(id, 0, withTitle("Première correction"));
        sources.flush();

        assertThatThrownBy(() -> service.update(id, 0, withTitle("Correction d’un collègue")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("source.error.stale"));
        assertThatThrownBy(() -> service.remove(id, 0)).isInstanceOfSatisfying(RefusedException.class,
                refusal -> assertThat(refusal.key()).isEqualTo("source.error.stale"));
        assertThat(service.list(claim)).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Première correction");
            assertThat(item.version()).isEqualTo(1);
        });
    }

    @Test
    @WithUserDetails("editor")
    void an_update_logs_the_changed_fields_before_and_after() {
        long claim = claim(0, null);
        long id = service.add(claim, insee());
        SourceData changed = new SourceData(insee().url(), "Nouveau titre", insee().publisher(), insee().kind(),
                insee().excerpt(), insee().accessedOn(), Reliability.LOW, insee().note());

        service.update(id, 0, changed);

        ActivityEntry updated = claimService.history(claim).getFirst();
        assertThat(updated.action()).isEqualTo("source.updated");
        assertThat(updated.before()).isEqualTo("title: Taux de chômage au 4e trimestre 2023\nreliability: HIGH");
        assertThat(updated.after()).isEqualTo("title: Nouveau titre\nreliability: LOW");
    }

    @Test
    @WithUserDetails("editor")
    void saving_unchanged_fields_logs_nothing() {
        long claim = claim(0, null);
        long id = service.add(claim, insee());

        service.update(id, 0, insee());

        assertThat(claimService.history(claim)).extracting(ActivityEntry::action).doesNotContain("source.updated");
    }

    @Test
    @WithUserDetails("editor")
    void a_removed_source_stays_in_the_history_by_title_and_address() {
        long claim = claim(0, null);
        long id = service.add(claim, insee());
        sources.flush();

        service.remove(id, 0);

        assertThat(service.list(claim)).isEmpty();
        ActivityEntry removed = claimService.history(claim).getFirst();
        assertThat(removed.action()).isEqualTo("source.removed");
        assertThat(removed.before()).contains("Taux de chômage au 4e trimestre 2023")
                .contains("https://www.insee.fr/fr/statistiques/1234");
    }

    // --- archiving: see BackgroundArchivingTest, which commits, as the fetch runs in a transaction of its own ---

    // --- helpers ---

    /** A seed claim moved into research: TO_CHECK without assignee, IN_RESEARCH with one. */
    private long claim(int index, String assignee) {
        Claim claim = seedClaims().get(index);
        claim.select(clock.instant());
        if (assignee != null) {
            claim.take(assignee, clock.instant());
        }
        claims.flush();
        return java.util.Objects.requireNonNull(claim.getId());
    }

    private List<Claim> seedClaims() {
        long article = articles.list("vise à renforcer les liens de Bakou", PageRequest.of(0, 10)).getFirst().id();
        return claims.findInArticleOrder(article);
    }

    private long sourceAddedByEditor(long claimId) {
        SignedIn.as(users, "editor");
        long id = service.add(claimId, insee());
        sources.flush();
        SignedIn.as(users, "checker");
        return id;
    }

    private static List<String> violations(ThrowingCallable call) {
        try {
            call.call();
        } catch (ConstraintViolationException e) {
            return e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath)
                    .map(path -> {
                        String leaf = "";
                        for (var node : path) {
                            leaf = node.getName();
                        }
                        return leaf;
                    }).toList();
        } catch (Throwable e) {
            throw new AssertionError("Expected a constraint violation", e);
        }
        throw new AssertionError("Expected a constraint violation, but the call was accepted");
    }

    private SourceData insee() {
        return new SourceData("https://www.insee.fr/fr/statistiques/1234", "Taux de chômage au 4e trimestre 2023",
                "Insee", SourceKind.OFFICIAL_STATISTICS, "Le taux de chômage est de 7,5 %.", LocalDate.now(clock),
                Reliability.HIGH, "Chiffre provisoire");
    }

    private SourceData withTitle(String title) {
        SourceData data = insee();
        return new SourceData(data.url(), title, data.publisher(), data.kind(), data.excerpt(), data.accessedOn(),
                data.reliability(), data.note());
    }

    private SourceData withUrl(String url) {
        SourceData data = insee();
        return new SourceData(url, data.title(), data.publisher(), data.kind(), data.excerpt(), data.accessedOn(),
                data.reliability(), data.note());
    }

    private SourceData withAccessedOn(LocalDate date) {
        SourceData data = insee();
        return new SourceData(data.url(), data.title(), data.publisher(), data.kind(), data.excerpt(), date,
                data.reliability(), data.note());
    }
}
