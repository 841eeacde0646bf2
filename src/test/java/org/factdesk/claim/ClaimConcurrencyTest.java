package org.factdesk.claim;

import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.factdesk.base.RefusedException;
import org.factdesk.rating.RatingScaleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two editors working on the same claim at once, each in transactions of their own (no test transaction): the second
 * change never silently overwrites the first. Each test imports its own article and removes it afterwards.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
class ClaimConcurrencyTest {

    @Autowired
    ClaimService service;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ClaimRepository claims;

    @Autowired
    ResearchService research;

    @Autowired
    SourceService sources;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    ApplicationContext context;

    private CommittedArticle article;
    private long claimId;

    /** The claim of {@link CommittedArticle#SENTENCE} in an article of the test's own. */
    @BeforeEach
    void import_an_article_of_its_own() {
        SignedIn.as(users, "editor");
        article = CommittedArticle.importedBy(context);
        claimId = article.claim();
    }

    @AfterEach
    void remove_the_article() {
        SignedIn.out();
        article.remove();
    }

    @Test
    void the_second_editor_acting_on_the_version_both_loaded_is_refused_as_stale() {
        ClaimRow seenByFirst = service.find(claimId).orElseThrow();
        ClaimRow seenBySecond = service.find(claimId).orElseThrow();
        assertThat(seenBySecond.version()).isEqualTo(seenByFirst.version());

        service.select(claimId, seenByFirst.version());

        assertThatThrownBy(() -> service.dismiss(claimId, seenBySecond.version(), DismissReason.OPINION))
                .isInstanceOfSatisfying(RefusedException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("claim.error.stale"));
        ClaimRow after = service.find(claimId).orElseThrow();
        assertThat(after.status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(after.dismissReason()).isNull();
        assertThat(after.version()).isEqualTo(seenByFirst.version() + 1);
        assertThat(service.history(claimId)).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("TO_CHECK"));
    }

    @Test
    void two_people_saving_the_verdict_from_the_same_version_do_not_overwrite_each_other() {
        service.select(claimId, service.find(claimId).orElseThrow().version());
        SignedIn.as(users, "checker");
        research.take(claimId, service.find(claimId).orElseThrow().version());
        long seenByBoth = service.find(claimId).orElseThrow().version();
        long rating = ratings.active().getFirst().id();

        research.saveVerdict(claimId, seenByBoth, new VerdictData(rating, "The checker's rationale"));
        SignedIn.as(users, "editor");

        assertThatThrownBy(() -> research.saveVerdict(claimId, seenByBoth, new VerdictData(rating, "The editor's")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("claim.error.stale"));
        assertThat(research.details(claimId).orElseThrow().rationale()).isEqualTo("The checker's rationale");
    }

    @Test
    void two_people_editing_the_same_source_do_not_overwrite_each_other() {
        service.select(claimId, service.find(claimId).orElseThrow().version());
        long source = sources.add(claimId, new SourceData("https://example.org/a", "First title", null,
                SourceKind.OTHER, null, null, Reliability.UNKNOWN, null));
        long seenByBoth = sources.list(claimId).getFirst().version();

        sources.update(source, seenByBoth, new SourceData("https://example.org/a", "Second title", null,
                SourceKind.OTHER, null, null, Reliability.HIGH, null));

        assertThatThrownBy(() -> sources.update(source, seenByBoth, new SourceData("https://example.org/a",
                "Third title", null, SourceKind.OTHER, null, null, Reliability.LOW, null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("source.error.stale"));
        assertThat(sources.list(claimId).getFirst().title()).isEqualTo("Second title");
    }

    @Test
    void after_reloading_the_second_editor_can_act_on_the_new_version() {
        long version = service.find(claimId).orElseThrow().version();
        service.select(claimId, version);

        service.dismiss(claimId, service.find(claimId).orElseThrow().version(), DismissReason.DUPLICATE);

        assertThat(service.find(claimId).orElseThrow().status()).isEqualTo(ClaimStatus.DISMISSED);
    }

    @Test
    void when_the_second_change_passes_the_version_check_before_the_first_commits_it_still_fails_and_overwrites_nothing()
            throws Exception {
        long version = service.find(claimId).orElseThrow().version();
        CountDownLatch firstWritten = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            SignedIn.as(users, "editor");
            try {
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    service.select(claimId, version);
                    claims.flush();
                    firstWritten.countDown();
                });
            } finally {
                SignedIn.out();
            }
        });
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            SignedIn.as(users, "editor");
            try {
                await(firstWritten);
                new TransactionTemplate(transactions).executeWithoutResult(
                        status -> service.dismiss(claimId, version, DismissReason.OPINION));
            } finally {
                SignedIn.out();
            }
        });

        first.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().satisfiesAnyOf(
                        refusal -> assertThat(refusal).isInstanceOfSatisfying(RefusedException.class,
                                stale -> assertThat(stale.key()).isEqualTo("claim.error.stale")),
                        conflict -> assertThat(conflict).isInstanceOf(ConcurrencyFailureException.class));
        ClaimRow after = service.find(claimId).orElseThrow();
        assertThat(after.status()).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(after.version()).isEqualTo(version + 1);
        assertThat(service.history(claimId)).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("TO_CHECK"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).as("the other editor's step").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
