package org.factdesk.dashboard;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.DeskStats;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's counters (decision 024) in step with the claims: Hibernate tells it of every claim written
 * (created, changed, deleted, whichever service did it), with the claim's state before and after, while it flushes
 * them; it adds the difference to the counters on the same connection, so in the same transaction: a rollback takes
 * both back. Bulk SQL that bypasses Hibernate must call {@link #rebuild(Connection)} afterwards (the desk generator
 * does).
 */
@Component
@Lazy(false) // It must listen from the start, even where the application starts its beans lazily.
public final class DeskCounters implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final String REBUILD = "rebuild";
    /** The row that asks for the approval-time buckets alone to be counted from {@code desk_approval} (V55). */
    static final String RECOUNT_BUCKETS = "recount-buckets";
    /** The row that asks for the counters per due day alone to be counted from the open dated claims (V56). */
    static final String RECOUNT_DUE = "recount-due";
    static final String APPROVALS = "approvals";
    /** Not approved nor dismissed, each claim with a due date, by day: {@code due:<yyyy-mm-dd>} (the overdue). */
    static final String DUE = "due:";
    /**
     * Each assignee's claims in {@link DeskStats#OPEN} with a due date, by day: {@code due-of:<assignee>:<yyyy-mm-dd>}
     * (their due soon and overdue). The day follows the last colon: an assignee's name may hold colons.
     */
    static final String DUE_OF = "due-of:";
    /** Not approved nor dismissed: what may be overdue. */
    static final Set<ClaimStatus> NOT_CLOSED = Set.of(ClaimStatus.CANDIDATE, ClaimStatus.TO_CHECK,
            ClaimStatus.IN_RESEARCH, ClaimStatus.IN_REVIEW);
    /** The counters of approval times, one per {@link #bucket(long)}: {@code approved-in:<bucket>}. */
    static final String APPROVED_IN = "approved-in:";
    /** Each power of two of microseconds is cut into this many buckets of equal width: 1/128 to 1/256 of a time. */
    private static final int SUB_BUCKET_BITS = 7;
    private static final long SUB_BUCKETS = 1L << SUB_BUCKET_BITS;
    private static final String CLAIM = "org.factdesk.claim.Claim";
    private static final List<String> PROPERTIES = List.of("status", "assignee", "approvedRatingId", "selectedAt",
            "approvedAt", "dueDate");

    /** The key under which a transaction that recounted is marked. */
    private static final String REBUILT = DeskCounters.class.getName() + ".rebuilt";
    /** The key under which the counters a transaction deleted (due counters at zero) are kept until it ends. */
    private static final String DELETED = DeskCounters.class.getName() + ".deleted";
    /** How often a counter's row is created again when another transaction deleted it meanwhile (at zero). */
    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    /** Where each of {@link #PROPERTIES} is in Hibernate's state arrays of a claim; found on the first event. */
    private volatile int @Nullable [] indexes;

    DeskCounters(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    /**
     * What a claim adds to the figures: its status, whose open work it is, its approved verdict and time, and its due
     * date while it is not approved nor dismissed (a closed claim is never overdue).
     */
    record Share(ClaimStatus status, @Nullable String assignee, @Nullable Long approvedRating,
                 @Nullable Long approvalMicros, @Nullable LocalDate dueDate) {

        static Share of(ClaimStatus status, @Nullable String assignee, @Nullable Long approvedRating,
                        @Nullable Instant selectedAt, @Nullable Instant approvedAt, @Nullable LocalDate dueDate) {
            boolean approved = status == ClaimStatus.APPROVED;
            return new Share(status, assignee, approved ? approvedRating : null,
                    approved && selectedAt != null && approvedAt != null
                            ? micros(approvedAt) - micros(selectedAt) : null,
                    NOT_CLOSED.contains(status) ? dueDate : null);
        }

        /** The counters this share adds one to. */
        List<String> counters() {
            List<String> names = new java.util.ArrayList<>(List.of("status:" + status.name()));
            if (assignee != null && DeskStats.OPEN.contains(status)) {
                names.add("open:" + assignee);
            }
            if (approvedRating != null) {
                names.add("verdict:" + approvedRating);
            }
            if (approvalMicros != null) {
                names.add(APPROVALS);
                names.add(APPROVED_IN + bucket(approvalMicros));
            }
            if (dueDate != null && NOT_CLOSED.contains(status)) {
                names.add(DUE + dueDate);
                if (assignee != null && DeskStats.OPEN.contains(status)) {
                    names.add(dueOf(assignee, dueDate));
                }
            }
            return names;
        }
    }

    static String dueOf(String assignee, LocalDate day) {
        return DUE_OF + assignee + ":" + day;
    }

    /** Whether a counter is one of a due day's, whose row is deleted when it falls to zero. */
    static boolean perDay(String name) {
        return name.startsWith(DUE) || name.startsWith(DUE_OF);
    }

    /**
     * As the database keeps an instant (PostgreSQL and H2's {@code timestamp with time zone}: microseconds, the rest
     * rounded half up), so that a time kept here equals the one a recount reads back.
     */
    static long micros(Instant instant) {
        long micros = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L),
                instant.getNano() / 1_000);
        return instant.getNano() % 1_000 >= 500 ? micros + 1 : micros;
    }

    /**
     * The bucket of an approval time, in the times' order (a longer time never falls in an earlier bucket): below
     * 256 µs one bucket a microsecond, above it 128 buckets per power of two, each under 0.8 % of the times it holds,
     * so that a bucket of a median of days spans minutes and the buckets of every time up to a year are under 5,000.
     * Negative times (an approval recorded before its selection) mirror the positive ones below zero.
     */
    static long bucket(long micros) {
        if (micros < 0) {
            return -bucket(-(micros + 1)) - 1;
        }
        if (micros < 2 * SUB_BUCKETS) {
            return micros;
        }
        int power = 63 - Long.numberOfLeadingZeros(micros);
        int shift = power - SUB_BUCKET_BITS;
        return (shift + 1) * SUB_BUCKETS + (micros >>> shift) - SUB_BUCKETS;
    }

    /** The shortest time of a {@link #bucket(long)}: every time in it is at least this, every time before less. */
    static long lowest(long bucket) {
        if (bucket < 0) {
            return -lowest(-bucket);
        }
        if (bucket < 2 * SUB_BUCKETS) {
            return bucket;
        }
        long shift = bucket / SUB_BUCKETS - 1;
        return (bucket % SUB_BUCKETS + SUB_BUCKETS) << shift;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (isClaim(event.getPersister())) {
            apply(null, share(event.getPersister(), event.getState()), id(event.getId()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!isClaim(event.getPersister())) {
            return;
        }
        Object @Nullable [] old = event.getOldState();
        if (old == null) {
            // No state before the change (a detached claim merged): the figures are counted again on the next view.
            jdbc.update("update desk_counter set n = 1 where name = ?", REBUILD);
            if (jdbc.queryForObject("select count(*) from desk_counter where name = ?", Long.class, REBUILD) == 0) {
                jdbc.update("insert into desk_counter (name, n) values (?, 1)", REBUILD);
            }
            return;
        }
        apply(share(event.getPersister(), old), share(event.getPersister(), event.getState()), id(event.getId()));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (isClaim(event.getPersister())) {
            apply(share(event.getPersister(), event.getDeletedState()), null, id(event.getId()));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean isClaim(EntityPersister persister) {
        return CLAIM.equals(persister.getEntityName());
    }

    private static long id(@Nullable Object id) {
        return ((Number) Objects.requireNonNull(id)).longValue();
    }

    private Share share(EntityPersister persister, Object[] state) {
        int[] at = indexes;
        if (at == null) {
            List<String> names = Arrays.asList(persister.getPropertyNames());
            at = PROPERTIES.stream().mapToInt(names::indexOf).toArray();
            if (Arrays.stream(at).anyMatch(index -> index < 0)) {
                throw new IllegalStateException("A claim has no property among " + PROPERTIES + ": " + names);
            }
            indexes = at;
        }
        return Share.of((ClaimStatus) Objects.requireNonNull(state[at[0]]), (String) state[at[1]],
                (Long) state[at[2]], (Instant) state[at[3]], (Instant) state[at[4]], (LocalDate) state[at[5]]);
    }

    /** Adds the difference between the claim's share before and after to the counters: nothing when equal. */
    void apply(@Nullable Share before, @Nullable Share after, long claimId) {
        if (Objects.equals(before, after)) {
            return;
        }
        Map<String, Long> delta = new TreeMap<>();
        if (before != null) {
            before.counters().forEach(name -> delta.merge(name, -1L, Long::sum));
        }
        if (after != null) {
            after.counters().forEach(name -> delta.merge(name, 1L, Long::sum));
        }
        delta.forEach((name, n) -> {
            if (n != 0) {
                add(name, n);
            }
        });
        Long was = before == null ? null : before.approvalMicros();
        Long is = after == null ? null : after.approvalMicros();
        if (!Objects.equals(was, is)) {
            if (was != null) {
                jdbc.update("delete from desk_approval where claim_id = ?", claimId);
            }
            if (is != null) {
                jdbc.update("insert into desk_approval (claim_id, micros) values (?, ?)", claimId, is);
            }
        }
    }

    private void add(String name, long n) {
        for (int attempt = 1; ; attempt++) {
            if (jdbc.update("update desk_counter set n = n + ? where name = ?", n, name) > 0) {
                if (n < 0 && perDay(name)
                        && jdbc.update("delete from desk_counter where name = ? and n = 0", name) > 0) {
                    // A day's counter at zero goes, so that ten years of days do not pile up. This transaction holds
                    // the row until it ends: another one that adds to it meanwhile waits, then finds it gone and
                    // creates it again; if this one rolls back, the row comes back with its count.
                    deletedInThisTransaction(name);
                }
                return;
            }
            if (TransactionSynchronizationManager.hasResource(REBUILT) || deletedHere(name)) {
                // This transaction recounted or deleted the row at zero, so it deleted a committed row that other
                // connections still see: only this transaction may create the counter again (another connection
                // would wait for it).
                jdbc.update("insert into desk_counter (name, n) values (?, ?)", name, n);
                return;
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("The dashboard's counter " + name + " kept disappearing");
            }
            // Created at zero; the next round adds to it, unless another transaction deleted it at zero meanwhile
            // (its claim left that day while this one's came): then it is created again, no addition lost.
            created(name);
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean deletedHere(String name) {
        Object deleted = TransactionSynchronizationManager.getResource(DELETED);
        return deleted != null && ((Set<String>) deleted).contains(name);
    }

    @SuppressWarnings("unchecked")
    private static void deletedInThisTransaction(String name) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Object deleted = TransactionSynchronizationManager.getResource(DELETED);
        if (deleted == null) {
            deleted = new HashSet<String>();
            TransactionSynchronizationManager.bindResource(DELETED, deleted);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DELETED);
                }
            });
        }
        ((Set<String>) deleted).add(name);
    }

    /**
     * A counter's first row, at zero, committed on a connection of its own: two transactions that both meet a new
     * counter (a colleague's first task) then both add to the one row, and a failed insert aborts neither.
     */
    private void created(String name) {
        try (Connection own = dataSource.getConnection()) {
            own.setAutoCommit(true);
            try (PreparedStatement insert = own.prepareStatement(
                    "insert into desk_counter (name, n) values (?, 0)")) {
                insert.setString(1, name);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            // Another transaction created it between the two statements: it is there, which is all this wanted.
            if (jdbc.queryForObject("select count(*) from desk_counter where name = ?", Long.class, name) == 0) {
                throw new IllegalStateException("The dashboard's counter " + name + " could not be created", e);
            }
        }
    }

    /** Whether the counters wait for a recount (after a migration, or a change this could not follow). */
    boolean stale() {
        return jdbc.queryForObject("select count(*) from desk_counter where name = ? and n > 0", Long.class,
                REBUILD) > 0;
    }

    /**
     * Whether the approval-time buckets wait to be counted from the kept times (after V55 added them to counters
     * already kept): a pass over {@code desk_approval}, not over the claims.
     */
    boolean bucketsStale() {
        return jdbc.queryForObject("select count(*) from desk_counter where name = ? and n > 0", Long.class,
                RECOUNT_BUCKETS) > 0;
    }

    /** Counts the approval-time buckets from the kept times, on the transaction's connection. */
    void rebuildBuckets() {
        jdbc.update("delete from desk_counter where name like ?", APPROVED_IN + "%");
        rebuiltInThisTransaction();
        Map<Long, Long> buckets = new TreeMap<>();
        jdbc.query("select micros from desk_approval", row -> {
            buckets.merge(bucket(row.getLong(1)), 1L, Long::sum);
        });
        jdbc.batchUpdate("insert into desk_counter (name, n) values (?, ?)", buckets.entrySet().stream()
                .map(bucket -> new Object[] {APPROVED_IN + bucket.getKey(), bucket.getValue()}).toList());
        jdbc.update("delete from desk_counter where name = ?", RECOUNT_BUCKETS);
    }

    /**
     * Whether the counters per due day wait to be counted (after V56 added them to counters already kept, or SQL that
     * moved due dates): a pass over the open dated claims, not over every claim.
     */
    boolean dueStale() {
        return jdbc.queryForObject("select count(*) from desk_counter where name = ? and n > 0", Long.class,
                RECOUNT_DUE) > 0;
    }

    /** Counts the counters per due day from the claims not closed with a due date, on the transaction's connection. */
    void rebuildDue() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            countDue(connection);
            rebuiltInThisTransaction();
        } catch (SQLException e) {
            throw new IllegalStateException("The dashboard's counters per due day could not be counted", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.update("delete from desk_counter where name = ?", RECOUNT_DUE);
    }

    /**
     * Asks the next dashboard to count the counters per due day again: for SQL that writes claims' due dates, status
     * or assignee outside Hibernate (a full {@link #rebuild(Connection)} does as well). Committed with the caller's
     * transaction; two such transactions queue on the row.
     */
    public static void recountDueOnNextView(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update desk_counter set n = 1 where name = ?")) {
            update.setString(1, RECOUNT_DUE);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into desk_counter (name, n) values (?, 1)")) {
            insert.setString(1, RECOUNT_DUE);
            insert.executeUpdate();
        }
    }

    /**
     * Counts the counters per due day from the claims, replacing those kept: grouped by day (and assignee) in SQL,
     * named in Java, so that no vendor's cast of a date to text is relied on. Reads the open dated claims only, through
     * {@code ix_claim_open_due}: one range per status.
     */
    private static void countDue(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from desk_counter where name like '" + DUE + "%'");
            statement.executeUpdate("delete from desk_counter where name like '" + DUE_OF + "%'");
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select status, assignee, due_date, count(*) from claim "
                     + "where status in ('CANDIDATE', 'TO_CHECK', 'IN_RESEARCH', 'IN_REVIEW') "
                     + "and due_date is not null group by status, assignee, due_date")) {
            while (rows.next()) {
                ClaimStatus status = ClaimStatus.valueOf(rows.getString(1));
                String assignee = rows.getString(2);
                LocalDate day = rows.getObject(3, LocalDate.class);
                long n = rows.getLong(4);
                counts.merge(DUE + day, n, Long::sum);
                if (assignee != null && DeskStats.OPEN.contains(status)) {
                    counts.merge(dueOf(assignee, day), n, Long::sum);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into desk_counter (name, n) values (?, ?)")) {
            int batched = 0;
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                insert.setString(1, count.getKey());
                insert.setLong(2, count.getValue());
                insert.addBatch();
                if (++batched % 1_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Recounts every figure from the claims, on the transaction's connection. */
    void rebuild() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            rebuild(connection);
            rebuiltInThisTransaction();
        } catch (SQLException e) {
            throw new IllegalStateException("The dashboard's counters could not be recounted", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Remembers, until the transaction ends, that it recounted: see {@link #add}. */
    private static void rebuiltInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(REBUILT)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(REBUILT, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(REBUILT);
            }
        });
    }

    /**
     * Recounts every figure from the claim table: for bulk SQL that bypassed Hibernate, such as the desk generator,
     * which calls it before it commits. Reads each approved claim's two times once, in one pass, and counts them into
     * their buckets as it goes.
     */
    public static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from desk_counter");
            statement.executeUpdate("delete from desk_approval");
            statement.executeUpdate("insert into desk_counter (name, n) select 'status:' || status, count(*) "
                    + "from claim group by status");
            statement.executeUpdate("insert into desk_counter (name, n) select 'open:' || assignee, count(*) "
                    + "from claim where assignee is not null and status in ('TO_CHECK', 'IN_RESEARCH', 'IN_REVIEW') "
                    + "group by assignee");
            statement.executeUpdate("insert into desk_counter (name, n) select 'verdict:' || "
                    + "cast(approved_rating_id as varchar(20)), count(*) from claim where status = 'APPROVED' "
                    + "and approved_rating_id is not null group by approved_rating_id");
        }
        long approvals = 0;
        Map<Long, Long> buckets = new TreeMap<>();
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, selected_at, approved_at from claim "
                     + "where status = 'APPROVED' and selected_at is not null and approved_at is not null");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into desk_approval (claim_id, micros) values (?, ?)")) {
            while (rows.next()) {
                long micros = micros(rows.getObject(3, OffsetDateTime.class).toInstant())
                        - micros(rows.getObject(2, OffsetDateTime.class).toInstant());
                insert.setLong(1, rows.getLong(1));
                insert.setLong(2, micros);
                insert.addBatch();
                buckets.merge(bucket(micros), 1L, Long::sum);
                if (++approvals % 1_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement count = connection.prepareStatement(
                "insert into desk_counter (name, n) values (?, ?)")) {
            count.setString(1, APPROVALS);
            count.setLong(2, approvals);
            count.addBatch();
            for (Map.Entry<Long, Long> bucket : buckets.entrySet()) {
                count.setString(1, APPROVED_IN + bucket.getKey());
                count.setLong(2, bucket.getValue());
                count.addBatch();
            }
            count.executeBatch();
        }
        countDue(connection);
    }

    /** For {@link DeskFigures}: every counter above zero. */
    Map<String, Long> counters() {
        Map<String, Long> counters = new TreeMap<>();
        jdbc.query("select name, n from desk_counter where n <> 0", row -> {
            counters.put(row.getString(1), row.getLong(2));
        });
        return counters;
    }
}
