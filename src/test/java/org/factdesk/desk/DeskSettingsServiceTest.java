package org.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import org.factdesk.Violations;
import org.factdesk.base.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class DeskSettingsServiceTest {

    private static final DeskSettingsData VALID = new DeskSettingsData("Desk of the North",
            "https://checks.example.com/desk", "America/Montreal", "en");

    @Autowired
    DeskSettingsService settings;

    /** The version an administrator's form would name. */
    private long version() {
        return settings.edit().version();
    }

    private static DeskSettingsData withUrl(String url) {
        return new DeskSettingsData("Desk", url, "Europe/Paris", "fr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "EDITOR", "CHECKER", "VIEWER"})
    void every_role_reads_the_defaults_from_the_migration(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.toLowerCase(), "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role)));

        DeskSettingsData current = settings.get();

        assertThat(current).isEqualTo(new DeskSettingsData("FactDesk", "https://factcheck.example.org",
                "Europe/Paris", "fr"));
        assertThat(current.zoneId()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void the_default_language_is_readable_at_start_up_before_anyone_signs_in() {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        assertThat(settings.defaultLanguage()).isEqualTo("fr");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_updates_the_settings() {
        settings.update(version(), new DeskSettingsData("  Desk of the North  ",
                "  https://checks.example.com/desk ",
                "America/Montreal", "en"));

        assertThat(settings.get()).isEqualTo(VALID);
        assertThat(settings.defaultLanguage()).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "factcheck.example.org", "ftp://example.org"})
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_public_base_url_that_is_not_a_web_address_is_refused_on_its_field(String url) {
        assertThat(Violations.of(() -> settings.update(version(), withUrl(url))))
                .containsExactly("publicBaseUrl: validation.url");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void empty_settings_are_refused_field_by_field() {
        assertThat(Violations.of(() -> settings.update(version(), new DeskSettingsData(" ", "", "", ""))))
                .containsExactly(
                "defaultLanguage: validation.required",
                "deskName: validation.required",
                "publicBaseUrl: validation.required",
                "timeZone: validation.required");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_desk_name_over_the_limit_is_refused() {
        DeskSettingsData tooLong = new DeskSettingsData("d".repeat(DeskSettingsData.NAME_MAX + 1),
                "https://example.org", "Europe/Paris", "fr");

        assertThat(Violations.of(() -> settings.update(version(), tooLong)))
                .containsExactly("deskName: validation.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "Paris", "GMT+25"})
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_unknown_time_zone_is_refused_on_its_field(String zone) {
        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> settings.update(version(), new DeskSettingsData("Desk", "https://example.org", zone, "fr")));

        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo("timeZone");
        assertThat(refused.key()).isEqualTo("settings.error.time-zone");
        assertThat(settings.get().timeZone()).isEqualTo("Europe/Paris");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "fra", "FR"})
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_default_language_that_is_not_an_iso_code_is_refused_on_its_field(String language) {
        DeskSettingsData bad = new DeskSettingsData("Desk", "https://example.org", "Europe/Paris", language);

        assertThat(Violations.of(() -> settings.update(version(), bad)))
                .containsExactly("defaultLanguage: validation.language");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_may_not_change_the_settings() {
        assertThatThrownBy(() -> settings.update(0, VALID)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "checker", roles = {"CHECKER", "VIEWER"})
    void other_roles_may_not_change_the_settings_either() {
        assertThatThrownBy(() -> settings.update(0, VALID)).isInstanceOf(AccessDeniedException.class);
        assertThat(settings.get().deskName()).isEqualTo("FactDesk");
    }
}
