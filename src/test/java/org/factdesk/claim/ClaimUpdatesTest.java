package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live updates at the service: what a committed change tells the screens that listen, and what a rolled-back one
 * does not. No test transaction, since only commits are told; each test brings its own article and removes it.
 * Listeners hear on threads of their own, so the tests wait for what should arrive (never for a fixed time).
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
class ClaimUpdatesTest {

    @Autowired
    ClaimUpdates updates;

    @Autowired
    ClaimService claims;

    @Autowired
    WorkflowService workflow;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    private CommittedArticle article;
    private final BlockingQueue<ClaimChanges> heard = new LinkedBlockingQueue<>();
    private Registration registration;

    @BeforeEach
    void an_article_and_a_listener() {
        SignedIn.as(users, "editor");
        article = CommittedArticle.importedBy(context);
        registration = updates.subscribe(heard::add);
    }

    @AfterEach
    void remove_them() {
        registration.remove();
        SignedIn.out();
        article.remove();
    }

    @Test
    void a_committed_change_reaches_a_registered_listener_once_per_transaction() {
        select(article.claim());
        ClaimChanges selected = next(heard);
        workflow.assign(article.claim(), version(article.claim()), new AssignmentData("checker", null,
                Priority.HIGH));
        ClaimChanges assigned = next(heard);

        assertThat(selected.changes()).singleElement().satisfies(change -> {
            assertThat(change.claimId()).isEqualTo(article.claim());
            assertThat(change.articleId()).isEqualTo(article.id());
            assertThat(change.action()).isEqualTo("claim.status");
            assertThat(change.after()).isEqualTo("TO_CHECK");
            assertThat(change.actor()).isEqualTo("editor");
        });
        assertThat(assigned.changes()).as("the assignment's history entries, told at once")
                .extracting(ClaimChanged::action).containsExactly("claim.assigned");
        assertThat(assigned.concerns(article.claim())).isTrue();
        assertThat(assigned.concerns(article.otherClaim())).isFalse();
        assertThat(assigned.concernsArticle(article.id())).isTrue();
        assertThat(assigned.lastActor(article.claim())).contains("editor");
    }

    @Test
    void a_rolled_back_change_reaches_nobody() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            claims.reword(article.otherClaim(), version(article.otherClaim()), "Rolled back");
            status.setRollbackOnly();
        });
        assertThat(claims.find(article.otherClaim()).orElseThrow().statement()).isNotEqualTo("Rolled back");

        select(article.claim());

        assertThat(next(heard).changes()).as("the first thing heard is the committed change")
                .singleElement().satisfies(change -> assertThat(change.claimId()).isEqualTo(article.claim()));
        assertThat(heard).isEmpty();
    }

    @Test
    void a_listener_that_was_removed_hears_nothing_while_the_others_still_hear() {
        BlockingQueue<ClaimChanges> removed = new LinkedBlockingQueue<>();
        updates.subscribe(removed::add).remove();

        select(article.claim());

        assertThat(next(heard).concerns(article.claim())).isTrue();
        assertThat(removed).isEmpty();
    }

    @Test
    void a_failing_listener_keeps_nobody_else_from_hearing_and_the_change_is_saved() {
        Registration failing = updates.subscribe(changes -> {
            throw new IllegalStateException("a broken tab");
        });
        try {
            select(article.claim());

            assertThat(next(heard).concerns(article.claim())).isTrue();
            assertThat(claims.find(article.claim()).orElseThrow().status()).isEqualTo(ClaimStatus.TO_CHECK);
        } finally {
            failing.remove();
        }
    }

    @Test
    void a_listener_that_takes_its_time_never_holds_up_the_colleague_who_made_the_change() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
        Registration slow = updates.subscribe(changes -> {
            threads.add(Thread.currentThread());
            await(release);
        });
        try {
            select(article.claim());
            // The change returned although the slow listener has not finished: it runs on another thread.
            assertThat(next(threads)).isNotSameAs(Thread.currentThread());
            assertThat(release.getCount()).isEqualTo(1);
            assertThat(next(heard).concerns(article.claim())).isTrue();
        } finally {
            release.countDown();
            slow.remove();
        }
    }

    private void select(long claimId) {
        claims.select(claimId, version(claimId));
    }

    private long version(long claimId) {
        return claims.find(claimId).orElseThrow().version();
    }

    static <T> T next(BlockingQueue<T> queue) {
        return Live.next(queue);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
