package org.factdesk.library;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factdesk.base.JobSchedule;
import org.factdesk.base.ScheduledJob;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports again, through the same idempotent import as the "Import again" button, each remembered feed whose polling an
 * editor turned on (off by default) once its interval has passed since its last poll. A job of the desk's scheduler
 * (one node at a time: the ShedLock lock of decision 018); it looks for due feeds every
 * {@code factdesk.library.feed-poll-check} (ISO-8601, 5 minutes by default) and runs their imports one after the other.
 */
@Component
class FeedPolling implements ScheduledJob {

    static final String NAME = "library-feed-polling";
    static final String USER = "feed-polling";
    private static final Logger LOG = LoggerFactory.getLogger(FeedPolling.class);

    private final JdbcClient jdbc;
    private final LibraryImports imports;
    private final Clock clock;
    private final JobSchedule schedule;

    FeedPolling(JdbcClient jdbc, LibraryImports imports, Clock clock,
                @Value("${factdesk.library.feed-poll-check:PT5M}") String check) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.clock = clock;
        Duration every = Duration.parse(check);
        this.schedule = new JobSchedule.Every(every, every);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        pollDue();
    }

    record Feed(long id, String url, @Nullable String token, int everyMinutes, @Nullable Instant lastPolled) {

        boolean dueAt(Instant now) {
            return lastPolled == null || !lastPolled.plus(Duration.ofMinutes(everyMinutes)).isAfter(now);
        }
    }

    /** Imports every feed that is due now, each to its end; returns how many were imported. */
    int pollDue() {
        Instant now = clock.instant();
        List<Feed> due = jdbc.sql("select id, url, token, poll_every_minutes, last_polled_at from fact_check_feed "
                        + "where poll_every_minutes is not null order by id")
                .query((rs, row) -> {
                    Timestamp last = rs.getTimestamp(5);
                    return new Feed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            last == null ? null : last.toInstant());
                }).list().stream().filter(feed -> feed.dueAt(now)).toList();
        int polled = 0;
        for (Feed feed : due) {
            // Marked first: a feed that fails is tried again after its interval, not at every check.
            jdbc.sql("update fact_check_feed set last_polled_at = :now where id = :id")
                    .param("now", Timestamp.from(now)).param("id", feed.id()).update();
            try {
                LibraryImports.Started started = imports.feed(feed.url(), feed.token(), USER);
                jdbc.sql("update fact_check_feed set last_import_id = :import where id = :id")
                        .param("import", started.id()).param("id", feed.id()).update();
                started.done().get();
                polled++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return polled;
            } catch (Exception e) {
                LOG.warn("Polling the feed {} failed", feed.url(), e);
            }
        }
        return polled;
    }
}
