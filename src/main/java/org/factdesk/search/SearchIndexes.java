package org.factdesk.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the full-text index whole. The index is derived data (never backed up): at start it is rebuilt in the
 * background, without delaying the first page, when it is new, when its mapping version (the file
 * {@value #VERSION_FILE} in the index folder) differs from {@link #MAPPING_VERSION} (an upgrade that changed the
 * mapping), when it holds another number of documents than the database has rows (a restore), or when the last run
 * ended without closing it (a crash: transactions return before Lucene's commit to disk, so the last second of index
 * changes may be lost; the file {@value #OPEN_FILE} stays in the index folder while the app runs). Between rebuilds
 * Hibernate Search keeps it in step with every change committed through JPA.
 */
@Component
public class SearchIndexes {

    /** Raise this whenever an indexed entity's mapping or an analyzer changes: the next start rebuilds the index. */
    public static final String MAPPING_VERSION = "3";
    static final String VERSION_FILE = "factdesk-index-version";
    static final String OPEN_FILE = "factdesk-index-open";

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);

    private final EntityManagerFactory entityManagerFactory;
    private final @Nullable Path folder;
    private final boolean rebuildOnStart;
    private final AtomicReference<IndexProgress> progress = new AtomicReference<>(IndexProgress.IDLE);
    private volatile CompletableFuture<?> lastRebuild = CompletableFuture.completedFuture(null);

    SearchIndexes(EntityManagerFactory entityManagerFactory,
                  @Value("${factdesk.search.index-dir:}") String folder,
                  @Value("${factdesk.search.rebuild-on-start:true}") boolean rebuildOnStart) {
        this.entityManagerFactory = entityManagerFactory;
        this.folder = folder.isBlank() ? null : Path.of(folder);
        this.rebuildOnStart = rebuildOnStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!rebuildOnStart) {
            return;
        }
        String reason = reasonToRebuild();
        markOpen();
        if (reason != null) {
            LOG.info("Rebuilding the search index in the background: {}", reason);
            rebuild();
        }
    }

    /** A clean stop writes the index's last changes to disk, then says that the index was closed. */
    @PreDestroy
    void close() {
        if (folder == null || !rebuildOnStart) {
            return;
        }
        try {
            Search.mapping(entityManagerFactory).scope(Object.class).workspace().flush();
            Files.deleteIfExists(folder.resolve(OPEN_FILE));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not close the search index cleanly; the next start rebuilds it", e);
        }
    }

    private void markOpen() {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(OPEN_FILE), "", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the index needs a rebuild, or null when it is in step with the database. */
    @Nullable String reasonToRebuild() {
        String stored = storedVersion();
        if (stored == null) {
            return "no index yet";
        }
        if (!MAPPING_VERSION.equals(stored)) {
            return "mapping version " + stored + " -> " + MAPPING_VERSION;
        }
        if (folder != null && Files.exists(folder.resolve(OPEN_FILE))) {
            return "the last run ended without closing the index";
        }
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        try (var session = entityManagerFactory.createEntityManager()) {
            for (var type : mapping.allIndexedEntities()) {
                long rows = session.createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                        .getSingleResult();
                long documents = Search.session(session).search(type.javaClass()).where(f -> f.matchAll())
                        .fetchTotalHitCount();
                if (rows != documents) {
                    return type.jpaName() + ": " + rows + " rows, " + documents + " in the index";
                }
            }
        }
        return null;
    }

    /** Rebuilds the whole index in the background; the stage completes when it is done. */
    public synchronized CompletionStage<?> rebuild() {
        if (progress.get().running()) {
            return lastRebuild;
        }
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        progress.set(new IndexProgress(true, 0, 0));
        lastRebuild = Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
                .threadsToLoadObjects(1)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void documentsAdded(long increment) {
                        progress.set(new IndexProgress(true, done.addAndGet(increment), total.get()));
                    }

                    @Override
                    public void documentsBuilt(long increment) {
                    }

                    @Override
                    public void entitiesLoaded(long increment) {
                    }

                    @Override
                    public void addToTotalCount(long increment) {
                        progress.set(new IndexProgress(true, done.get(), total.addAndGet(increment)));
                    }

                    @Override
                    public void indexingCompleted() {
                    }
                })
                .start().toCompletableFuture()
                .whenComplete((result, failure) -> {
                    progress.set(new IndexProgress(false, done.get(), total.get()));
                    if (failure == null) {
                        storeVersion();
                        LOG.info("Search index rebuilt: {} documents", done.get());
                    } else {
                        LOG.error("Rebuilding the search index failed", failure);
                    }
                });
        return lastRebuild;
    }

    public IndexProgress progress() {
        return progress.get();
    }

    private @Nullable String storedVersion() {
        if (folder == null) {
            return MAPPING_VERSION;
        }
        Path file = folder.resolve(VERSION_FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void storeVersion() {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(VERSION_FILE), MAPPING_VERSION, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
