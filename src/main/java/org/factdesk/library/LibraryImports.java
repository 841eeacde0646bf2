package org.factdesk.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.factdesk.fetch.FetchedPage;
import org.factdesk.fetch.PageFetcher;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Runs imports into the library in the background, one at a time: reads the records (a ClaimReview document, the
 * pages of a feed, a CSV file), saves them in batches keyed by URL, and keeps a progress that screens poll and a
 * summary in {@code fact_check_import}. A record that cannot be used is skipped with its reason; a batch that fails
 * is saved again record by record, so one bad record never stops an import. Feeds are fetched with the guarded
 * {@link PageFetcher} ({@code factdesk.archive.allow-private-addresses}, like "Archive now").
 */
@Component
class LibraryImports implements DisposableBean {

    static final int BATCH = 500;
    static final int MAX_PAGES = 200;
    private static final Logger LOG = LoggerFactory.getLogger(LibraryImports.class);

    private final LibraryStore store;
    private final Embeddings embeddings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PageFetcher fetcher;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("factdesk-library-import-", 0).factory());
    private final Map<Long, ImportProgress> progress = new ConcurrentHashMap<>();
    private final Map<Long, Future<?>> running = new ConcurrentHashMap<>();

    LibraryImports(LibraryStore store, Embeddings embeddings, JdbcClient jdbc, Clock clock,
                   @Value("${factdesk.archive.allow-private-addresses:false}") boolean allowPrivateAddresses) {
        this.store = store;
        this.embeddings = embeddings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.fetcher = new PageFetcher(clock, allowPrivateAddresses);
    }

    /** A started import: its id, and the future that ends with it (tests and the evaluation wait on it). */
    record Started(long id, Future<?> done) {
    }

    Started claimReviews(String name, String json, String user) {
        return start("CLAIMREVIEW", name, user, () -> ClaimReviewReader.read(json, 1).rows());
    }

    Started csv(String name, String csv, Map<CsvColumn, String> mapping, String user) {
        return start("CSV", name, user, () -> CsvReader.read(csv, mapping));
    }

    Started feed(String url, @Nullable String token, String user) {
        return start("FEED", url, user, () -> fetchFeed(url, token));
    }

    /** Waits until the import ends (tests, the evaluation). */
    void await(long id) throws Exception {
        Future<?> done = running.get(id);
        if (done != null) {
            done.get();
        }
    }

    @Nullable ImportProgress progress(long id) {
        return progress.get(id);
    }

    /** The newest imports, from the table (finished ones) and the running one. */
    List<ImportProgress> recent(int limit) {
        List<ImportProgress> rows = jdbc.sql("select id, kind, source_name, finished_at, added, updated, skipped, "
                        + "failure, skipped_rows from fact_check_import order by id desc fetch first " + limit
                        + " rows only")
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    ImportProgress live = progress.get(id);
                    if (live != null) {
                        return live;
                    }
                    int skipped = rs.getInt("skipped");
                    return new ImportProgress(id, rs.getString("source_name"), true, 0, 0, rs.getInt("added"),
                            rs.getInt("updated"), skipped, parseSkipped(rs.getString("skipped_rows")),
                            rs.getString("failure"));
                }).list();
        return rows;
    }

    private Started start(String kind, String name, String user, Supplier<List<ImportRow>> reader) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into fact_check_import (kind, source_name, started_by, started_at) "
                        + "values (:kind, :name, :user, :at)")
                .param("kind", kind).param("name", cut(name, 2048)).param("user", user)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        progress.put(id, new ImportProgress(id, name, false, 0, 0, 0, 0, 0, List.of(), null));
        Future<?> done = executor.submit(() -> run(id, name, reader));
        running.put(id, done);
        return new Started(id, done);
    }

    private void run(long id, String name, Supplier<List<ImportRow>> reader) {
        int added = 0;
        int updated = 0;
        List<ImportProgress.SkippedRow> skipped = new ArrayList<>();
        String failure = null;
        int read = 0;
        try {
            List<ImportRow> rows = reader.get();
            int total = rows.size();
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<ImportRow> slice = rows.subList(from, Math.min(rows.size(), from + BATCH));
                List<ImportRow> good = new ArrayList<>();
                for (ImportRow row : slice) {
                    if (row.data() == null) {
                        skipped.add(new ImportProgress.SkippedRow(row.number(),
                                Objects.requireNonNull(row.skipReason())));
                    } else {
                        good.add(row);
                    }
                }
                List<LibraryStore.Outcome> outcomes = save(good, skipped);
                for (LibraryStore.Outcome outcome : outcomes) {
                    switch (outcome) {
                        case ADDED -> added++;
                        case UPDATED, UNCHANGED -> updated++;
                        default -> { }
                    }
                }
                read += slice.size();
                progress.put(id, new ImportProgress(id, name, false, read, total, added, updated, skipped.size(),
                        List.copyOf(skipped), null));
            }
        } catch (IllegalArgumentException e) {
            failure = e.getMessage() != null && e.getMessage().startsWith("library.") ? e.getMessage()
                    : "library.error.unreadable";
        } catch (FeedFailure e) {
            failure = e.key;
        } catch (RuntimeException e) {
            LOG.warn("Import {} failed", id, e);
            failure = "library.error.unreadable";
        }
        skipped.sort(java.util.Comparator.comparingInt(ImportProgress.SkippedRow::number));
        ImportProgress end = new ImportProgress(id, name, true, read, read, added, updated, skipped.size(),
                List.copyOf(skipped), failure);
        jdbc.sql("update fact_check_import set finished_at = :at, added = :added, updated = :updated, "
                        + "skipped = :skipped, failure = :failure, skipped_rows = :rows where id = :id")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("added", added)
                .param("updated", updated).param("skipped", skipped.size()).param("failure", failure)
                .param("rows", skipped.stream().map(row -> row.number() + "\t" + row.reason())
                        .collect(Collectors.joining("\n")))
                .param("id", id).update();
        progress.put(id, end);
        running.remove(id);
        if (added + updated > 0) {
            embeddings.computeMissingLater();
        }
    }

    /** Saves a batch in one transaction; when that fails, record by record, skipping those that still fail. */
    private List<LibraryStore.Outcome> save(List<ImportRow> rows, List<ImportProgress.SkippedRow> skipped) {
        if (rows.isEmpty()) {
            return List.of();
        }
        try {
            List<LibraryStore.Outcome> outcomes = store.saveAll(rows.stream().map(ImportRow::data).toList());
            addDeskSkips(rows, outcomes, skipped);
            return outcomes;
        } catch (RuntimeException batchFailed) {
            List<LibraryStore.Outcome> outcomes = new ArrayList<>();
            for (ImportRow row : rows) {
                try {
                    LibraryStore.Outcome outcome = store.saveOne(Objects.requireNonNull(row.data()));
                    outcomes.add(outcome);
                    if (outcome == LibraryStore.Outcome.DESK_ENTRY) {
                        skipped.add(new ImportProgress.SkippedRow(row.number(), "library.skip.desk-entry"));
                    }
                } catch (RuntimeException e) {
                    skipped.add(new ImportProgress.SkippedRow(row.number(), "library.skip.not-saved"));
                }
            }
            return outcomes;
        }
    }

    private static void addDeskSkips(List<ImportRow> rows, List<LibraryStore.Outcome> outcomes,
                                     List<ImportProgress.SkippedRow> skipped) {
        for (int i = 0; i < rows.size(); i++) {
            if (outcomes.get(i) == LibraryStore.Outcome.DESK_ENTRY) {
                skipped.add(new ImportProgress.SkippedRow(rows.get(i).number(), "library.skip.desk-entry"));
            }
        }
    }

    /** The records of a feed: its pages followed through "next", or the ClaimReviews embedded in an HTML page. */
    private List<ImportRow> fetchFeed(String url, @Nullable String token) {
        List<ImportRow> rows = new ArrayList<>();
        String next = url;
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (int page = 0; next != null && page < MAX_PAGES && seen.put(next, true) == null; page++) {
            FetchedPage fetched = fetcher.fetchData(next, token);
            if (!fetched.kept()) {
                if (page == 0) {
                    throw new FeedFailure(Objects.requireNonNull(fetched.error()));
                }
                break;
            }
            String body = Objects.requireNonNull(fetched.text());
            String trimmed = body.stripLeading();
            if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
                if (trimmed.startsWith("<")) {
                    body = embeddedJsonLd(body);
                } else if (page == 0) {
                    List<String> headers = CsvReader.headers(body);
                    return CsvReader.read(body, CsvReader.guess(headers));
                }
            }
            ClaimReviewReader.Page read = ClaimReviewReader.read(body, rows.size() + 1);
            rows.addAll(read.rows());
            next = read.next();
        }
        return Collections.unmodifiableList(rows);
    }

    /** The JSON-LD blocks of an HTML page, as one array. */
    private static String embeddedJsonLd(String html) {
        return Jsoup.parse(html).select("script[type=application/ld+json]").stream()
                .map(script -> script.data().strip()).filter(json -> !json.isEmpty())
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static List<ImportProgress.SkippedRow> parseSkipped(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(line -> line.split("\t", 2)).filter(parts -> parts.length == 2)
                .map(parts -> new ImportProgress.SkippedRow(Integer.parseInt(parts[0]), parts[1])).toList();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** A feed that could not be fetched at all, with the fetcher's key. */
    static final class FeedFailure extends RuntimeException {
        final String key;

        FeedFailure(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
