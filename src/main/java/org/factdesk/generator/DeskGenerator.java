package org.factdesk.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.flywaydb.core.Flyway;
import org.factdesk.dashboard.DeskCounters;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Fills a FactDesk database with a large desk by bulk SQL ({@code INSERT ... SELECT} from {@code SYSTEM_RANGE}, one
 * transaction per chunk of claims): an article per {@value #CLAIMS_PER_ARTICLE} claims, claims in every status in a
 * desk's proportions (40 % candidates, 10 % dismissed, 10 % to check, 12 % in research, 8 % in review, 20 %
 * approved with a verdict), sources on researched claims, comments, and the history of every step. Checkers
 * {@code checker01..20} and editors {@code editor01..04} are created (password {@value #PASSWORD}) if missing.
 * Adds to what the database holds; brings an empty folder to the current schema first (Flyway).
 */
public final class DeskGenerator {

    public static final int CLAIMS_PER_ARTICLE = 20;
    public static final String PASSWORD = "generated-desk";
    private static final int CHUNK = 50_000;
    private static final int CHECKERS = 20;
    private static final int EDITORS = 4;
    private static final String[] CLAIMS = {
        "The city council approved a budget of 412 million euros, the largest in its history, says article no. ",
        "Spending on public transport rose by 18% compared with the previous year, according to article no. ",
        "The mayor said the city had hired 240 new teachers since taking office, as reported in article no. ",
        "The opposition claims that property taxes have doubled in five years, a figure quoted in article no. ",
        "The regional audit court found that the city's debt fell to 96 million euros, reports article no. ",
        "A council member said the new tram line will carry 40,000 passengers a day, quoted in article no. ",
        "The city received 12 million euros from the European Union for the harbour, says article no. ",
        "Unemployment dropped to 6.1% in the third quarter, according to the statistics office in article no. ",
        "Crime in the city centre fell by a third since the new patrols began, the prefect says in article no. ",
        "Rents have risen twice as fast as wages over the last decade, the tenants' union says in article no. ",
    };
    private static final String[] OUTLETS = {"Harbour Gazette", "Le Courrier du Port", "City Daily", "Metro Matin",
        "The Valley Times", "Radio Estuaire", "North Post", "L'Écho des Quais"};

    private final Connection connection;
    private final LongConsumer progress;

    private DeskGenerator(Connection connection, LongConsumer progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /**
     * Adds {@code claims} claims (and their articles, sources, comments, history) to the database at {@code jdbcUrl},
     * migrated first; {@code progress} is told the claims written so far after each chunk.
     */
    public static void generate(String jdbcUrl, long claims, LongConsumer progress) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            // One session for the migration and the inserts: H2 2.4.240 breaks a CHECK (... IN ...) constraint
            // once the session that created it has closed.
            Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true)).load().migrate();
            connection.setAutoCommit(false);
            new DeskGenerator(connection, progress).run(claims);
            try (Statement statement = connection.createStatement()) {
                // Bulk inserts leave the file several times larger than its data; compacting takes seconds.
                statement.execute("shutdown compact");
            }
        }
    }

    private void run(long claims) throws SQLException {
        users();
        long articleBase = max("article");
        long claimBase = max("claim");
        String rating = ratingByNumber();
        for (long from = 1; from <= claims; from += CHUNK) {
            long to = Math.min(claims, from + CHUNK - 1);
            long firstArticle = (from - 1) / CLAIMS_PER_ARTICLE + 1;
            long lastArticle = (to - 1) / CLAIMS_PER_ARTICLE + 1;
            articles(articleBase, firstArticle, lastArticle);
            claims(articleBase, claimBase, from, to, rating);
            research(claimBase + from, claimBase + to);
            history(claimBase + from, claimBase + to);
            connection.commit();
            progress.accept(to);
        }
        restartIdentity("article");
        restartIdentity("claim");
        // The inserts bypassed what the application keeps as claims change: the dashboard's counters.
        DeskCounters.rebuild(connection);
        connection.commit();
    }

    private void users() throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        List<String[]> wanted = new ArrayList<>();
        for (int i = 1; i <= CHECKERS; i++) {
            wanted.add(new String[] {"checker%02d".formatted(i), "Checker %02d".formatted(i), "CHECKER"});
        }
        for (int i = 1; i <= EDITORS; i++) {
            wanted.add(new String[] {"editor%02d".formatted(i), "Editor %02d".formatted(i), "EDITOR"});
        }
        for (String[] user : wanted) {
            update("insert into app_user (username, display_name, password_hash, enabled, created_at) "
                    + "select ?, ?, ?, true, current_timestamp from dual "
                    + "where not exists (select 1 from app_user where username = ?)", user[0], user[1], hash, user[0]);
            update("insert into app_user_role (user_id, role) select id, ? from app_user u where username = ? "
                    + "and not exists (select 1 from app_user_role r where r.user_id = u.id and r.role = ?)",
                    user[2], user[0], user[2]);
        }
    }

    private void articles(long base, long first, long last) throws SQLException {
        update("insert into article (id, version, title, body, language, outlet, url, byline, published_on, "
                + "imported_by, imported_at) "
                + "select ? + x, 0, 'Generated article no. ' || x || ': ' || " + pick("x", OUTLETS) + ", "
                + body("x") + ", 'en', " + pick("x", OUTLETS) + ", "
                + "'https://news.example.org/generated/' || x, 'Reporter ' || mod(x, 37), "
                + "cast(dateadd('MINUTE', x * 7, timestamp '2024-01-01 08:00:00') as date), "
                + "'editor0' || (mod(x, 4) + 1), " + at("x", 0) + " from system_range(?, ?)", base, first, last);
        update("insert into activity (occurred_at, actor, article_id, action, detail) "
                + "select imported_at, imported_by, id, 'article.extracted', '" + CLAIMS_PER_ARTICLE + "' "
                + "from article where id between ? and ?", base + first, base + last);
    }

    /** The article's body: its claims' sentences one after the other, so every claim's offsets are exact. */
    private static String body(String article) {
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < CLAIMS_PER_ARTICLE; k++) {
            body.append(k == 0 ? "" : " || ").append(sentence(article, String.valueOf(k))).append(" || ' '");
        }
        return body.toString();
    }

    /** Sentence {@code k} of the article numbered {@code article}: a claim's words, the article's number, a full stop. */
    private static String sentence(String article, String k) {
        return pick(k, CLAIMS) + " || cast(" + article + " as varchar) || '.'";
    }

    /** Where sentence {@code k} starts in the body: the sentences before it, each with its number, stop and space. */
    private static String start(String article, String k) {
        StringBuilder cases = new StringBuilder("case ").append(k);
        int offset = 0;
        for (int i = 0; i < CLAIMS_PER_ARTICLE; i++) {
            cases.append(" when ").append(i).append(" then ").append(offset);
            offset += CLAIMS[i % CLAIMS.length].length() + 2;
        }
        return cases.append(" end + ").append(k).append(" * length(cast(").append(article).append(" as varchar))")
                .toString();
    }

    private void claims(long articleBase, long claimBase, long from, long to, String rating) throws SQLException {
        String status = "case when h < 40 then 'CANDIDATE' when h < 50 then 'DISMISSED' when h < 60 then 'TO_CHECK' "
                + "when h < 72 then 'IN_RESEARCH' when h < 80 then 'IN_REVIEW' else 'APPROVED' end";
        update("insert into claim (id, version, article_id, part, start_offset, end_offset, quote_exact, "
                + "quote_prefix, quote_suffix, statement, score, reasons, suggested, origin, status, "
                + "status_before_dismissal, dismiss_reason, assignee, due_date, priority, created_by, created_at, "
                + "updated_at, selected_at, assigned_at, rating_id, rationale, submitted_by, submitted_at, "
                + "approved_by, approved_at, approved_rating_id, approved_rationale, list_position, language) "
                + "select ? + n, 0, ? + a, 'BODY', o, o + length(s), s, '', '', s, mod(n * 31, 100), '', mod(n * 31, 100) >= 50, "
                + "case when k = 19 then 'SELECTED' else 'EXTRACTED' end, st, "
                + "case when st = 'DISMISSED' then 'CANDIDATE' end, "
                + "case when st = 'DISMISSED' then case mod(n, 4) when 0 then 'OPINION' when 1 then 'DUPLICATE' "
                + "else 'NOT_CHECK_WORTHY' end end, "
                + "case when st in ('CANDIDATE', 'DISMISSED') then null else 'checker' || lpad(cast(mod(n, "
                + CHECKERS + ") + 1 as varchar), 2, '0') end, "
                + "case when st in ('TO_CHECK', 'IN_RESEARCH') then dateadd('DAY', mod(n, 14), current_date) end, "
                + "case mod(n, 10) when 0 then 'URGENT' when 1 then 'HIGH' when 2 then 'HIGH' when 9 then 'LOW' "
                + "else 'NORMAL' end, 'system', t, dateadd('HOUR', 50, t), "
                + "case when st not in ('CANDIDATE', 'DISMISSED') then dateadd('HOUR', 1, t) end, "
                + "case when st not in ('CANDIDATE', 'DISMISSED') then dateadd('HOUR', 2, t) end, "
                + "case when st in ('IN_REVIEW', 'APPROVED') then " + rating + " end, "
                + "case when st in ('IN_REVIEW', 'APPROVED') then 'The official tables for claim ' || n "
                + "|| ' give a different figure; see the sources.' end, "
                + "case when st in ('IN_REVIEW', 'APPROVED') then 'checker' || lpad(cast(mod(n, " + CHECKERS
                + ") + 1 as varchar), 2, '0') end, "
                + "case when st in ('IN_REVIEW', 'APPROVED') then dateadd('HOUR', 26, t) end, "
                + "case when st = 'APPROVED' then 'editor0' || (mod(n, " + EDITORS + ") + 1) end, "
                + "case when st = 'APPROVED' then dateadd('HOUR', 50, t) end, "
                + "case when st = 'APPROVED' then " + rating + " end, "
                + "case when st = 'APPROVED' then 'The official tables for claim ' || n "
                + "|| ' give a different figure; see the sources.' end, "
                // As Claim.listPosition: a body claim's place by start and end.
                + "1125899906842624 + cast(o as bigint) * 33554432 + o + length(s), 'en' "
                + "from (select n, a, k, h, " + status + " as st, " + sentence("a", "k") + " as s, " + start("a", "k") + " as o, "
                + at("a", 0) + " as t from (select x as n, (x - 1) / " + CLAIMS_PER_ARTICLE + " + 1 as a, "
                + "mod(x - 1, " + CLAIMS_PER_ARTICLE + ") as k, mod(x * 7919, 100) as h "
                + "from system_range(?, ?)) g) c", claimBase, articleBase, from, to);
        // As Claim.taskPosition (and migration V44): an open, assigned claim's place in its assignee's tasks.
        update("update claim set task_position = (case when due_date is null then 1099511627776 else "
                + "(year(due_date) * 10000 + month(due_date) * 100 + day_of_month(due_date)) * 4 end) "
                + "+ case priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end "
                + "where id between ? and ? and assignee is not null and status not in ('APPROVED', 'DISMISSED')",
                claimBase + from, claimBase + to);
    }

    /** Sources (one in research, two in review, three approved) and a comment on a quarter of those claims. */
    private void research(long first, long last) throws SQLException {
        update("insert into source (version, claim_id, url, title, publisher, kind, accessed_on, reliability, "
                + "archive_status, created_by, created_at) "
                + "select 0, c.id, 'https://data.example.org/claims/' || c.id || '/source-' || r.x, "
                + "'Official figures, table ' || r.x, 'National statistics office', "
                + "case r.x when 1 then 'OFFICIAL_STATISTICS' when 2 then 'PRIMARY_DOCUMENT' else 'EXPERT' end, "
                + "cast(c.assigned_at as date), case r.x when 3 then 'MEDIUM' else 'HIGH' end, 'NONE', c.assignee, "
                + "dateadd('HOUR', 3, c.assigned_at) from claim c join system_range(1, 3) r on r.x <= "
                + "case c.status when 'IN_RESEARCH' then 1 when 'IN_REVIEW' then 2 when 'APPROVED' then 3 else 0 end "
                + "where c.id between ? and ?", first, last);
        update("insert into claim_comment (claim_id, author, body, created_at) "
                + "select id, assignee, 'Called the press office; they confirm the table is the latest one.', "
                + "dateadd('HOUR', 4, assigned_at) from claim where id between ? and ? "
                + "and status in ('IN_RESEARCH', 'IN_REVIEW', 'APPROVED') and mod(id, 4) = 0", first, last);
    }

    /** Every step the claims took, as the desk's services record them. */
    private void history(long first, long last) throws SQLException {
        String insert = "insert into activity (occurred_at, actor, article_id, claim_id, action, detail, "
                + "before_value, after_value) select ";
        String range = " from claim where id between ? and ? and ";
        update(insert + "dateadd('HOUR', 1, created_at), 'editor01', article_id, id, 'claim.status', 'select', "
                + "'CANDIDATE', 'TO_CHECK'" + range + "status not in ('CANDIDATE', 'DISMISSED')", first, last);
        update(insert + "dateadd('HOUR', 1, created_at), 'editor01', article_id, id, 'claim.status', 'dismiss', "
                + "'CANDIDATE', 'DISMISSED'" + range + "status = 'DISMISSED'", first, last);
        update(insert + "assigned_at, 'editor01', article_id, id, 'claim.assigned', priority, null, assignee"
                + range + "status not in ('CANDIDATE', 'DISMISSED')", first, last);
        update(insert + "dateadd('HOUR', 3, created_at), assignee, article_id, id, 'claim.status', 'take', "
                + "'TO_CHECK', 'IN_RESEARCH'" + range + "status in ('IN_RESEARCH', 'IN_REVIEW', 'APPROVED')",
                first, last);
        update(insert + "dateadd('MINUTE', -5, submitted_at), assignee, article_id, id, 'claim.verdict', null, "
                + "null, rationale" + range + "status in ('IN_REVIEW', 'APPROVED')", first, last);
        update(insert + "submitted_at, assignee, article_id, id, 'claim.status', 'submit', 'IN_RESEARCH', "
                + "'IN_REVIEW'" + range + "status in ('IN_REVIEW', 'APPROVED')", first, last);
        update(insert + "approved_at, approved_by, article_id, id, 'claim.status', 'approve', 'IN_REVIEW', "
                + "'APPROVED'" + range + "status = 'APPROVED'", first, last);
    }

    /** A rating of the scale chosen by the claim's number, in a desk's proportions (more false than true). */
    private String ratingByNumber() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from rating where not retired order by position")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            throw new SQLException("The database has no rating scale");
        }
        StringBuilder cases = new StringBuilder("case mod(n * 13, ").append(ids.size()).append(")");
        for (int i = 0; i < ids.size(); i++) {
            cases.append(" when ").append(i).append(" then ").append(ids.get(i));
        }
        return cases.append(" end").toString();
    }

    private static String pick(String index, String[] values) {
        StringBuilder cases = new StringBuilder("case mod(").append(index).append(", ").append(values.length)
                .append(")");
        for (int i = 0; i < values.length; i++) {
            cases.append(" when ").append(i).append(" then '").append(values[i].replace("'", "''")).append("'");
        }
        return cases.append(" end").toString();
    }

    /** The article's import time: seven minutes apart from 1 January 2024 on. */
    private static String at(String article, int hours) {
        return "dateadd('HOUR', " + hours + ", dateadd('MINUTE', " + article
                + " * 7, timestamp with time zone '2024-01-01 08:00:00+00'))";
    }

    private long max(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Ids were given here, so the identity must start after them for the desk's next insert. */
    private void restartIdentity(String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " alter column id restart with " + (max(table) + 1));
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
