package org.factdesk.library;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the library's changes (a row of {@code library_generation}): every write that can change how a claim ranks
 * (fact-checks added, updated or removed, sentence embeddings computed) moves it on in its own transaction, so a
 * claim's stored ranking is known to be current while the generation it was ranked at is still the library's.
 */
@Component
class LibraryGeneration {

    private final JdbcClient jdbc;

    LibraryGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.sql("select generation from library_generation where id = 1").query(Long.class).single();
    }

    void moveOn() {
        jdbc.sql("update library_generation set generation = generation + 1 where id = 1").update();
    }
}
