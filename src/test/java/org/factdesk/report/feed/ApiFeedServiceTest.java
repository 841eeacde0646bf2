package org.factdesk.report.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The feed's switch and tokens: off by default, tokens random and stored only hashed, revocable, for admins only. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("admin")
class ApiFeedServiceTest {

    @Autowired
    ApiFeedService feed;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    @Test
    void the_feed_is_off_until_an_admin_turns_it_on() {
        assertThat(feed.isEnabled()).isFalse();
        assertThat(feed.feedOn()).isFalse();

        feed.setEnabled(true);

        assertThat(feed.isEnabled()).isTrue();
        entityManager.flush();
        assertThat(jdbc.queryForObject("select changed_by from api_feed_settings", String.class)).isEqualTo("admin");
    }

    @Test
    void a_token_is_32_random_url_safe_bytes_and_the_table_holds_only_its_sha256() {
        NewApiToken token = feed.create(new ApiTokenData("  Newsroom CMS  "));
        NewApiToken other = feed.create(new ApiTokenData("Archive"));
        entityManager.flush();

        assertThat(token.name()).isEqualTo("Newsroom CMS");
        assertThat(token.secret()).startsWith(TokenSecrets.PREFIX).matches("fdk_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token.secret().substring(4))).hasSize(32);
        assertThat(other.secret()).isNotEqualTo(token.secret());
        List<Map<String, Object>> rows = jdbc.queryForList("select * from api_token");
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> row.values().forEach(value -> assertThat(String.valueOf(value))
                .doesNotContain(token.secret().substring(4)).doesNotContain(other.secret().substring(4))));
        assertThat(jdbc.queryForObject("select token_sha256 from api_token where id = ?", String.class, token.id()))
                .isEqualTo(TokenSecrets.sha256(token.secret())).hasSize(64);
        assertThat(token.toString()).doesNotContain(token.secret());
    }

    @Test
    void a_valid_token_authenticates_by_its_name_and_records_its_use() {
        NewApiToken token = feed.create(new ApiTokenData("CMS"));

        assertThat(feed.authenticate(token.secret())).contains("CMS");
        assertThat(feed.authenticate(token.secret() + "x")).isEmpty();
        assertThat(feed.authenticate("")).isEmpty();
        assertThat(feed.tokens()).singleElement().satisfies(item -> assertThat(item.lastUsedAt()).isNotNull());
    }

    @Test
    void a_revoked_token_never_works_again_and_its_name_can_be_given_to_a_new_one() {
        NewApiToken token = feed.create(new ApiTokenData("CMS"));

        feed.revoke(token.id());

        assertThat(feed.authenticate(token.secret())).isEmpty();
        ApiTokenItem revoked = feed.tokens().getFirst();
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo("admin");
        assertThat(revoked.revokedAt()).isNotNull();
        NewApiToken replacement = feed.create(new ApiTokenData("cms"));
        assertThat(feed.authenticate(replacement.secret())).contains("cms");
        assertThat(feed.tokens()).extracting(ApiTokenItem::revoked).as("active first").containsExactly(false, true);
    }

    @Test
    void a_name_is_required_and_unique_among_active_tokens() {
        feed.create(new ApiTokenData("CMS"));

        assertThatThrownBy(() -> feed.create(new ApiTokenData("  "))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> feed.create(new ApiTokenData("x".repeat(ApiTokenData.NAME_MAX + 1))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> feed.create(new ApiTokenData("cms"))).isInstanceOf(RefusedException.class)
                .extracting("key").isEqualTo("report.token.error.name-taken");
        assertThatThrownBy(() -> feed.revoke(999_999)).isInstanceOf(RefusedException.class)
                .extracting("key").isEqualTo("report.token.error.gone");
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() {
        ApiToken token = new ApiToken("CMS", "hash", "admin", Instant.parse("2026-01-01T00:00:00Z"));
        Instant first = Instant.parse("2026-01-02T10:00:00Z");

        token.used(first);
        token.used(first.plusSeconds(59));
        assertThat(token).extracting("lastUsedAt").isEqualTo(first);
        token.used(first.plusSeconds(60));
        assertThat(token).extracting("lastUsedAt").isEqualTo(first.plusSeconds(60));
    }

    @Test
    void a_token_reads_as_a_viewer_named_after_it() {
        ApiTokenAuthentication signedIn = new ApiTokenAuthentication("Newsroom CMS");

        assertThat(signedIn.getName()).isEqualTo("api:Newsroom CMS");
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_VIEWER");
        assertThat(signedIn.getCredentials()).isEqualTo("");
    }

    @Test
    @WithUserDetails("editor")
    void only_administrators_manage_the_feed() {
        assertThatThrownBy(() -> feed.isEnabled()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feed.setEnabled(true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feed.tokens()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feed.create(new ApiTokenData("CMS"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feed.revoke(1)).isInstanceOf(AccessDeniedException.class);
    }
}
