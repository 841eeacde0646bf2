package org.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.factdesk.base.RefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Two administrators change the desk settings from the same page load: the second save is refused, not silently laid
 * over the first. Without a test transaction, so that each save commits as in the application; the settings are put
 * back afterwards for the other tests sharing this database.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class DeskSettingsConcurrencyTest {

    @Autowired
    DeskSettingsService settings;

    private DeskSettingsData original;

    @BeforeEach
    void remember_the_settings() {
        original = settings.get();
    }

    @AfterEach
    void put_the_settings_back() {
        settings.update(settings.edit().version(), original);
    }

    @Test
    void the_second_of_two_saves_from_the_same_version_is_refused_and_the_first_stays() {
        DeskSettingsEdit seenByAda = settings.edit();
        DeskSettingsEdit seenByBen = settings.edit();

        settings.update(seenByAda.version(), new DeskSettingsData("Ada's desk", "https://ada.example.org",
                "Europe/Paris", "fr"));
        RefusedException refused = catchThrowableOfType(RefusedException.class, () -> settings.update(
                seenByBen.version(), new DeskSettingsData("Ben's desk", "https://ben.example.org", "UTC", "en")));

        assertThat(refused).isNotNull();
        assertThat(refused.key()).isEqualTo("settings.error.stale");
        assertThat(settings.get()).isEqualTo(new DeskSettingsData("Ada's desk", "https://ada.example.org",
                "Europe/Paris", "fr"));
    }

    @Test
    void a_save_returns_the_version_the_next_save_names() {
        long next = settings.update(settings.edit().version(), new DeskSettingsData("Ada's desk",
                "https://ada.example.org", "Europe/Paris", "fr"));

        settings.update(next, new DeskSettingsData("Ada's second desk", "https://ada.example.org", "Europe/Paris",
                "fr"));

        assertThat(settings.get().deskName()).isEqualTo("Ada's second desk");
    }
}
