package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** What the report dialog offers and names: the formats, file names safe everywhere, no report without sign-in. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class ArticleReportExportsTest {

    @Autowired
    ArticleReportExports exports;

    @Test
    @WithUserDetails("viewer")
    void readers_are_offered_pdf_and_html_in_the_formats_order() {
        assertThat(exports.formats()).contains(ReportFormat.PDF, ReportFormat.HTML).isSorted();
    }

    @Test
    @WithUserDetails("viewer")
    void an_unknown_article_has_no_report() {
        assertThat(exports.prepare(987_654_321L, ReportFormat.PDF, true, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void without_signing_in_no_report_is_prepared() {
        SignedIn.out();

        assertThatThrownBy(() -> exports.prepare(1, ReportFormat.HTML, true, Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void file_names_are_lower_case_ascii_words_of_the_title() {
        assertThat(ArticleReportExports.slug("Élections : « Le vote à 16 ans » — l’avis d’Œdipe"))
                .isEqualTo("elections-le-vote-a-16-ans-l-avis-d-oedipe");
        assertThat(ArticleReportExports.slug("<script>alert(1)</script> ../../etc/passwd"))
                .isEqualTo("script-alert-1-script-etc-passwd");
        assertThat(ArticleReportExports.slug("Ελληνικά 日本語")).isEqualTo("article");
        assertThat(ArticleReportExports.slug("word ".repeat(40))).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-")
                .startsWith("word-word");
    }

    @Test
    void verdict_labels_get_the_text_colour_that_reads_best_on_their_colour() {
        assertThat(Swatches.textOn("#a61e4d")).isEqualTo("#ffffff");
        assertThat(Swatches.textOn("#e67700")).isEqualTo("#1c1c1e");
        assertThat(Swatches.tint("#000000", 0.25)).isEqualTo("#bfbfbf");
    }
}
