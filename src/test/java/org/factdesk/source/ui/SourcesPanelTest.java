package org.factdesk.source.ui;

import org.factdesk.PageText;
import org.factdesk.source.ui.SourcesPanel;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdesk.article.ArticleService;
import org.factdesk.source.ArchiveStatus;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.source.Reliability;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceFileService;
import org.factdesk.source.SourceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The sources panel for researchers and readers: adding through the dialog, refusals by field, text shown as text. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class SourcesPanelTest extends SpringBrowserlessTest {

    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    SourceService sources;
    @Autowired
    SourceFileService files;
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManager entityManager;

    /** The sources' titles as drawn, in order. */
    private List<String> titles() {
        return PageText.blocks($(SourcesPanel.class).single()).stream()
                .flatMap(block -> block.select(".fd-source-title").stream()).map(org.jsoup.nodes.Element::text)
                .toList();
    }

    private java.util.Optional<org.jsoup.nodes.Element> drawn(String id) {
        return PageText.byId($(SourcesPanel.class).single(), id);
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_adds_a_source_through_the_dialog() {
        long claim = claimToCheck();
        show(claim, true);

        test($(Button.class).id("source-add")).click();
        test($(TextField.class).id("source-url")).setValue("https://www.insee.fr/fr/statistiques/1234");
        test($(TextField.class).id("source-title")).setValue("Taux de chômage");
        test(kindSelect()).selectItem("Official statistics");
        test($(Button.class).id("source-save")).click();

        assertThat(sources.list(claim)).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Taux de chômage");
            assertThat(item.kind()).isEqualTo(SourceKind.OFFICIAL_STATISTICS);
            assertThat(item.reliability()).as("the form's default").isEqualTo(Reliability.UNKNOWN);
        });
        assertThat($(Dialog.class).withId("source-dialog").exists()).isFalse();
        assertThat(titles()).containsExactly("Taux de chômage");
    }

    @Test
    @WithUserDetails("editor")
    void an_address_that_is_not_a_web_address_is_marked_on_the_field_and_nothing_is_saved() {
        long claim = claimToCheck();
        show(claim, true);

        test($(Button.class).id("source-add")).click();
        test($(TextField.class).id("source-url")).setValue("javascript:alert(1)");
        test($(TextField.class).id("source-title")).setValue("Titre");
        test(kindSelect()).selectItem("Other");
        test($(Button.class).id("source-save")).click();

        TextField url = $(TextField.class).id("source-url");
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("Enter a web address starting with http:// or https://");
        assertThat($(TextField.class).id("source-title").isInvalid()).isFalse();
        assertThat($(Dialog.class).id("source-dialog").isOpened()).isTrue();
        assertThat(sources.list(claim)).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_sources_without_any_button() {
        SignedIn.as(users, "editor");
        long claim = claimToCheck();
        long id = sources.add(claim, source("Rapport annuel", "https://example.org/rapport"));
        SignedIn.as(users, "viewer");

        show(claim, false);

        assertThat(titles()).containsExactly("Rapport annuel");
        assertThat($(Button.class).withId("source-add").exists()).isFalse();
        assertThat($(Button.class).withId("source-edit-" + id).exists()).isFalse();
        assertThat($(Button.class).withId("source-remove-" + id).exists()).isFalse();
        assertThat($(Button.class).withId("source-archive-" + id).exists()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void a_title_with_markup_is_shown_as_text_in_a_link_that_opens_safely() {
        long claim = claimToCheck();
        sources.add(claim, source(IMAGE, "https://example.org/a"));

        show(claim, true);

        org.jsoup.nodes.Element link = PageText.blocks($(SourcesPanel.class).single()).stream()
                .flatMap(block -> block.select("a.fd-source-title").stream()).findFirst().orElseThrow();
        assertThat(link.text()).isEqualTo(IMAGE);
        assertThat(link.children()).as("no element made of the title").isEmpty();
        assertThat(link.attr("href")).isEqualTo("https://example.org/a");
        assertThat(link.attr("target")).isEqualTo("_blank");
        assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    @WithUserDetails("editor")
    void removing_asks_first_and_then_removes() {
        long claim = claimToCheck();
        long id = sources.add(claim, source("À retirer", "https://example.org/x"));
        show(claim, true);

        test($(Button.class).id("source-remove-" + id)).click();
        assertThat(sources.list(claim)).as("nothing removed before confirming").hasSize(1);
        test($(Button.class).id("source-remove-confirm")).click();

        assertThat(sources.list(claim)).isEmpty();
        assertThat(titles()).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void editing_a_source_a_colleague_changed_offers_a_reload() {
        long claim = claimToCheck();
        long id = sources.add(claim, source("Premier titre", "https://example.org/x"));
        show(claim, true);

        test($(Button.class).id("source-edit-" + id)).click();
        sources.update(id, 0, source("Titre du collègue", "https://example.org/x"));
        flush();
        test($(TextField.class).id("source-title")).setValue("Mon titre");
        test($(Button.class).id("source-save")).click();

        assertThat(sources.list(claim).getFirst().title()).isEqualTo("Titre du collègue");
        assertThat($(Button.class).id("stale-reload").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void archive_now_shows_the_source_as_being_archived_and_offers_no_second_click() {
        long claim = claimToCheck();
        long id = sources.add(claim, source("Intranet", "http://127.0.0.1:9/"));
        show(claim, true);

        test($(Button.class).id("source-archive-" + id)).click();

        assertThat(drawn("source-archiving-" + id).orElseThrow().text()).isEqualTo("Archiving…");
        assertThat($(Button.class).id("source-archive-" + id).isEnabled()).isFalse();
        assertThat(sources.list(claim).getFirst().archiving()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void a_failed_attempt_is_shown_beside_the_copy_kept_from_an_earlier_one() {
        long claim = claimToCheck();
        long id = sources.add(claim, source("Rapport", "https://example.org/rapport"));
        entityManager.createNativeQuery("""
                update source set archive_status = 'ARCHIVED', archive_text = 'Texte gardé',
                       archive_sha256 = repeat('ab', 32), archive_fetched_at = timestamp with time zone
                       '2026-03-01 10:00:00+00', archive_http_status = 200, archive_failed_at = timestamp with time
                       zone '2026-03-02 10:00:00+00', archive_failed_error = 'archive.error.timeout' where id = ?1
                """).setParameter(1, id).executeUpdate();
        entityManager.clear();

        show(claim, true);

        assertThat(drawn("source-archive-status-" + id).orElseThrow().text()).startsWith("Archived")
                .contains("HTTP 200");
        assertThat(drawn("source-archive-failure-" + id).orElseThrow().text()).startsWith("Last attempt, ")
                .contains("failed: The site did not answer in time", "the earlier copy is kept");
        assertThat(drawn("source-archiving-" + id)).isEmpty();
        assertThat($(Button.class).id("source-archive-" + id).isEnabled()).isTrue();
    }

    @Test
    void every_kind_reliability_archive_status_and_archive_error_has_a_text_in_both_languages() throws IOException {
        Set<String> needed = new TreeSet<>();
        Stream.of(SourceKind.values()).forEach(kind -> needed.add("source.kind." + kind.name()));
        Stream.of(Reliability.values()).forEach(value -> needed.add("source.reliability." + value.name()));
        Stream.of(ArchiveStatus.values()).forEach(status -> needed.add("source.archive." + status.name()));
        for (String file : new String[] {"PageFetcher.java", "Pages.java"}) {
            Matcher keys = Pattern.compile("\"(archive\\.error\\.[a-z-]+)\"")
                    .matcher(Files.readString(Path.of("src/main/java/org/factdesk/fetch", file)));
            while (keys.find()) {
                needed.add(keys.group(1));
            }
        }
        assertThat(needed).contains("archive.error.private-address", "archive.error.too-large");

        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", file),
                    StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            assertThat(properties.stringPropertyNames()).as(file).containsAll(needed);
        }
    }

    // --- helpers ---

    private void show(long claimId, boolean canEdit) {
        UI.getCurrent().add(new SourcesPanel(sources, files, claimId, canEdit, () -> { }));
    }

    /** A seed claim the editor accepted: TO_CHECK, open for research. */
    private long claimToCheck() {
        long article = articles.list("vise à renforcer les liens de Bakou", PageRequest.of(0, 10)).getFirst().id();
        ClaimRow row = claims.list(article, PageRequest.of(0, 1)).getFirst();
        claims.select(row.id(), row.version());
        return row.id();
    }

    private static SourceData source(String title, String url) {
        return new SourceData(url, title, null, SourceKind.OTHER, null, null, Reliability.UNKNOWN, null);
    }

    @SuppressWarnings("unchecked")
    private Select<SourceKind> kindSelect() {
        return $(Select.class).id("source-kind");
    }

    private void flush() {
        entityManager.flush();
    }
}
