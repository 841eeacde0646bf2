package org.factdesk.suggestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.Instant;
import org.factdesk.base.ui.AccessDeniedView;
import org.factdesk.extraction.ClaimExtractor;
import org.factdesk.suggestion.DeskClaims;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "admin", roles = "ADMIN")
class SuggestionsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClaimExtractor extractor;

    /** A German article with a suggested claim the desk accepted and a suggested one it dismissed. */
    private void germanDecisions() {
        jdbc.update("insert into article (id, title, body, language, imported_by, imported_at) "
                + "values (90001, 'T', 'Body', 'de', 'editor', ?)", Timestamp.from(Instant.EPOCH));
        claim(90001, "TO_CHECK", null);
        claim(90002, "DISMISSED", "NOT_CHECK_WORTHY");
    }

    private void claim(long id, String status, String reason) {
        jdbc.update("insert into claim (id, article_id, part, start_offset, end_offset, quote_exact, quote_prefix, "
                + "quote_suffix, statement, suggested, origin, status, dismiss_reason, created_by, created_at, "
                + "updated_at) values (?, 90001, 'BODY', 0, 4, 'Body', '', '', '<b>x</b>', true, 'EXTRACTED', ?, ?, "
                + "'editor', ?, ?)", id, status, reason, Timestamp.from(Instant.EPOCH),
                Timestamp.from(Instant.EPOCH.plusSeconds(id)));
    }

    @Test
    void an_admin_sees_precision_recall_and_f1_per_language_with_a_bar_per_block() {
        germanDecisions();

        navigate(SuggestionsView.class);

        Div german = $(Div.class).id("suggestion-de");
        assertThat($(H3.class, german).first().getText()).isEqualTo("German");
        assertThat($(Span.class, german).withClassName("fd-suggestion-precision").single().getText())
                .isEqualTo("0.50");
        assertThat($(Span.class, german).withClassName("fd-suggestion-recall").single().getText())
                .isEqualTo("1.00");
        assertThat($(Span.class, german).withClassName("fd-suggestion-f1").single().getText()).isEqualTo("0.67");
        Div bar = $(Div.class, german).withClassName("fd-suggestion-bar").single();
        assertThat(bar.getStyle().get("height")).isEqualTo("67%");
        assertThat(bar.getTitle()).hasValueSatisfying(title -> assertThat(title).contains("F1 0.67 over 2"));
    }

    @Test
    void below_200_decisions_the_train_button_is_off() {
        germanDecisions();

        navigate(SuggestionsView.class);

        assertThat($(Button.class).id("suggestion-train-de").isEnabled()).isFalse();
        assertThat($(Paragraph.class).id("suggestion-model-de").getText())
                .isEqualTo("2 decisions so far: the desk trains its own model from 200 on.");
    }

    @Test
    void an_admin_trains_the_desk_model_and_switches_back_to_the_shipped_suggestions() {
        DeskClaims desk = new DeskClaims(jdbc);
        long article = desk.article("fr");
        for (int i = 0; i < 250; i++) {
            if (i % 2 == 0) {
                desk.accepted(article, "Le budget a augmenté de " + (10 + i) + " % en 2023.", i % 4 == 0);
            } else {
                desk.dismissed(article, "Je trouve que cette idée est vraiment belle.", i % 4 == 1, "OPINION");
            }
        }
        try {
            navigate(SuggestionsView.class);
            test($(Button.class).id("suggestion-train-fr")).click();

            assertThat(test($(Notification.class).last()).getText())
                    .isEqualTo("The desk model does at least as well: new imports use it");
            assertThat($(Paragraph.class).id("suggestion-model-fr").getText()).contains("in use for new imports")
                    .contains("trained on 200 decisions").contains("on the 50 most recent, held back, F1 0.51 before");

            test($(Button.class).id("suggestion-shipped-fr")).click();

            assertThat($(Paragraph.class).id("suggestion-model-fr").getText()).contains("not in use");
            assertThat($(Button.class).all()).as("no way back shown while the shipped suggestions are in use")
                    .noneMatch(button -> button.getId().filter("suggestion-shipped-fr"::equals).isPresent());
        } finally {
            extractor.useDeskModel("fr", null);
        }
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void editors_may_not_open_the_screen() {
        UI.getCurrent().navigate("admin/suggestions");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
