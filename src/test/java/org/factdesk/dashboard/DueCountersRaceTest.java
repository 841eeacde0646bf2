package org.factdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.factdesk.claim.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counters per due day under two transactions at once (decision 024): a row deleted at zero by one while the other
 * adds to it. Each transaction commits here (no test transaction around them), on a day no other test uses, whose rows
 * are deleted at the end.
 */
@SpringBootTest
class DueCountersRaceTest {

    @Autowired
    DeskCounters counters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /**
     * Two colleagues at once, in transactions of their own: one takes the last claim off a day (its counters fall to
     * zero and go) while the other puts one on it, in both orders: no addition is lost, the day keeps its one claim.
     */
    @Test
    void a_day_emptied_while_another_transaction_adds_to_it_keeps_that_addition() throws Exception {
        LocalDate day = LocalDate.of(2099, 2, 7);
        DeskCounters.Share due = new DeskCounters.Share(ClaimStatus.IN_RESEARCH, "editor2", null, null, day);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try {
            transaction.executeWithoutResult(status -> counters.apply(null, due, 4_000_000_001L));
            // The emptying one deletes first and ends while the adding one waits for the row.
            race(transaction, () -> counters.apply(due, null, 4_000_000_001L),
                    () -> counters.apply(null, due, 4_000_000_002L));
            assertThat(dueCounters(day)).isEqualTo(Map.of("due:" + day, 1L, "due-of:editor2:" + day, 1L));
            // The adding one first: the emptying one waits, then finds the day not empty and keeps its row.
            race(transaction, () -> counters.apply(null, due, 4_000_000_003L),
                    () -> counters.apply(due, null, 4_000_000_002L));
            assertThat(dueCounters(day)).isEqualTo(Map.of("due:" + day, 1L, "due-of:editor2:" + day, 1L));
        } finally {
            jdbc.update("delete from desk_counter where name like ?", "%" + day);
        }
    }

    /** Runs {@code first} in a transaction that ends a moment after {@code second} started in another one. */
    private static void race(TransactionTemplate transaction, Runnable first, Runnable second) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CompletableFuture<Void> one = CompletableFuture.runAsync(
                () -> transaction.executeWithoutResult(status -> {
                    first.run();
                    firstDone.countDown();
                    try {
                        // Only an order of events: the other transaction meets this one's row meanwhile, or after.
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        firstDone.await();
        CompletableFuture<Void> two = CompletableFuture.runAsync(
                () -> transaction.executeWithoutResult(status -> second.run()));
        one.get();
        two.get();
    }

    /** The kept counters of one day. */
    private Map<String, Long> dueCounters(LocalDate day) {
        Map<String, Long> kept = new TreeMap<>();
        jdbc.query("select name, n from desk_counter", row -> {
            if (DeskCounters.perDay(row.getString(1)) && row.getString(1).endsWith(":" + day)) {
                kept.put(row.getString(1), row.getLong(2));
            }
        });
        return kept;
    }
}
