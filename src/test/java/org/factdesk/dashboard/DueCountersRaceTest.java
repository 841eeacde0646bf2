package org.factdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.factdesk.claim.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
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

    /**
     * Runs {@code first} in a transaction that ends only once {@code second}, started in another one, waits for a row
     * the first holds (or after ten seconds, if it never does).
     */
    private void race(TransactionTemplate transaction, Runnable first, Runnable second) throws Exception {
        // Threads of their own: the common pool may have a single thread on a small machine, which would run the
        // second transaction only after the first.
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CountDownLatch firstDone = new CountDownLatch(1);
            Future<?> one = threads.submit(() -> transaction.executeWithoutResult(status -> {
                first.run();
                firstDone.countDown();
                untilAnotherTransactionWaitsForALock();
            }));
            firstDone.await();
            Future<?> two = threads.submit(() -> transaction.executeWithoutResult(status -> second.run()));
            one.get();
            two.get();
        }
    }

    /** Polls the database's own view of its sessions: H2's blockers, PostgreSQL's lock waits. */
    private void untilAnotherTransactionWaitsForALock() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        String waiting = "PostgreSQL".equals(product)
                ? "select count(*) from pg_stat_activity where datname = current_database() "
                        + "and wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (jdbc.queryForObject(waiting, Long.class) == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
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
