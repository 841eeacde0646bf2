package org.factdesk.library;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the library's changes (a row of {@code library_generation}): every write that can change how a claim ranks
 * (fact-checks added, updated or removed) moves it on in its own transaction, so a claim's stored ranking is known to
 * be current while the generation it was ranked at is still the library's.
 *
 * <p>Hibernate Search writes the index while the transaction commits, after the database has the rows: a claim ranked
 * in that instant would read the new generation from an index without the new fact-checks. So the generation moves on
 * once more when the commit has returned (the index written), and such a ranking is no longer current.
 */
@Component
class LibraryGeneration {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    LibraryGeneration(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long current() {
        return jdbc.sql("select generation from library_generation where id = 1").query(Long.class).single();
    }

    /** In the transaction that changes the library, and again once it has committed and the index has the change. */
    void moveOn() {
        increment();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    separately.executeWithoutResult(status -> increment());
                }
            });
        }
    }

    private void increment() {
        jdbc.sql("update library_generation set generation = generation + 1 where id = 1").update();
    }
}
