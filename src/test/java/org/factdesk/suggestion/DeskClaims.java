package org.factdesk.suggestion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Writes articles, claims in known states and their activity straight into the real database. */
public final class DeskClaims {

    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    static final String[] TOPICS = {"chômage", "budget", "loyer", "salaire", "impôt", "déficit", "export",
            "naissances", "vols", "retraites"};

    private final JdbcTemplate jdbc;
    private int clock;

    public DeskClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long article(String language) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into article (title, body, language, imported_by, "
                    + "imported_at) values ('T', 'Body', ?, 'editor', ?)", new String[] {"id"});
            statement.setString(1, language);
            statement.setTimestamp(2, Timestamp.from(START));
            return statement;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** A claim in {@code status}, whose last status change happened one minute after the previous claim's. */
    public long claim(long articleId, String statement, boolean suggested, String origin, String status,
               @Nullable String dismissReason, @Nullable String statusDetail) {
        Instant at = START.plusSeconds(60L * ++clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into claim (article_id, part, start_offset, end_offset, "
                    + "quote_exact, quote_prefix, quote_suffix, statement, suggested, score, origin, status, "
                    + "dismiss_reason, created_by, created_at, updated_at) values (?, 'BODY', 0, ?, ?, '', '', "
                    + "?, ?, ?, ?, ?, ?, 'editor', ?, ?)", new String[] {"id"});
            insert.setLong(1, articleId);
            insert.setInt(2, statement.length());
            insert.setString(3, statement);
            insert.setString(4, statement);
            insert.setBoolean(5, suggested);
            insert.setInt(6, suggested ? 6 : 1);
            insert.setString(7, origin);
            insert.setString(8, status);
            insert.setString(9, dismissReason);
            insert.setTimestamp(10, Timestamp.from(START));
            insert.setTimestamp(11, Timestamp.from(at));
            return insert;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        if (!"CANDIDATE".equals(status) || statusDetail != null) {
            jdbc.update("insert into activity (occurred_at, actor, article_id, claim_id, action, detail, before_value, "
                    + "after_value) values (?, 'editor', ?, ?, 'claim.status', ?, 'CANDIDATE', ?)",
                    Timestamp.from(at), articleId, id, statusDetail, status);
        }
        return id;
    }

    public long accepted(long articleId, String statement, boolean suggested) {
        return claim(articleId, statement, suggested, "EXTRACTED", "TO_CHECK", null, null);
    }

    /**
     * {@code count} French decisions in a new article: figures are worth checking, opinions are not; the suggestions
     * the desk saw were right half the time.
     */
    void clearDecisions(int count) {
        long article = article("fr");
        for (int i = 0; i < count; i++) {
            String topic = TOPICS[i % TOPICS.length];
            if (i % 2 == 0) {
                accepted(article, "Le " + topic + " a augmenté de " + (10 + i) + " % en 2023, selon l'Insee.",
                        i % 4 == 0);
            } else {
                dismissed(article, "Je trouve que ce " + topic + " est vraiment une belle idée.", i % 4 == 1,
                        "OPINION");
            }
        }
    }

    public long dismissed(long articleId, String statement, boolean suggested, String reason) {
        return claim(articleId, statement, suggested, "EXTRACTED", "DISMISSED", reason, reason);
    }
}
