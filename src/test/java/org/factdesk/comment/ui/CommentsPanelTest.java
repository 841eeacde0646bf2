package org.factdesk.comment.ui;

import org.factdesk.claim.ui.HistoryLine;
import org.factdesk.comment.ui.CommentsPanel;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.PageText;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimService;
import org.factdesk.comment.CommentItem;
import org.factdesk.comment.CommentService;
import org.factdesk.claim.SignedIn;
import org.factdesk.security.Colleague;
import org.factdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The comment thread of a claim: posting, mentions, refusals, user text shown as text, and reading only. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
class CommentsPanelTest extends SpringBrowserlessTest {

    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    CommentService comments;

    @Autowired
    UserService users;

    @Autowired
    ClaimService claims;

    @Autowired
    ArticleService articles;

    @Autowired
    UserDetailsService userDetails;

    @Test
    @WithUserDetails("editor")
    void posting_shows_the_comment_as_text_with_its_line_breaks_and_mentions() {
        long claim = claim();
        show(claim, true);
        String typed = "Look at this " + IMAGE + "\nsecond line <b>bold</b>";

        test(body()).setValue(typed);
        test(mentions()).selectItem("Chloé Checker");
        test($(Button.class).id("comment-post")).click();

        CommentItem stored = comments.list(claim).getFirst();
        assertThat(stored.body()).isEqualTo(typed);
        assertThat(stored.mentions()).containsExactly("checker");
        org.jsoup.nodes.Element shown = PageText.byId(panel(), "comment-" + stored.id()).orElseThrow();
        org.jsoup.nodes.Element text = shown.selectFirst(".fd-comment-body");
        assertThat(text.wholeText()).isEqualTo(typed);
        assertThat(text.children()).as("no markup, only text").isEmpty();
        assertThat(shown.select(".fd-comment-author").text()).isEqualTo("Eddie Editor");
        assertThat(shown.select(".fd-comment-mentions").text()).isEqualTo("Mentions: Chloé Checker");
        assertThat($(H3.class).single().getText()).isEqualTo("Comments (1)");
        assertThat(body().getValue()).as("the field is ready for the next comment").isEmpty();
        assertThat(mentions().getValue()).isEmpty();
    }

    @Test
    @WithUserDetails("checker")
    void a_checker_posts_and_a_name_typed_with_an_at_sign_is_a_mention() {
        long claim = claim();
        show(claim, true);

        test(body()).setValue("Over to @editor.");
        test($(Button.class).id("comment-post")).click();

        assertThat(comments.list(claim)).singleElement().satisfies(comment -> {
            assertThat(comment.author()).isEqualTo("checker");
            assertThat(comment.mentions()).containsExactly("editor");
        });
        assertThat(PageText.blocks(panel())).singleElement()
                .extracting(block -> block.select(".fd-comment-mentions").text()).isEqualTo("Mentions: Eddie Editor");
    }

    @Test
    @WithUserDetails("editor")
    void the_field_counts_characters_as_they_are_typed_and_keeps_to_the_limit() {
        show(claim(), true);

        assertThat(body().getHelperText()).isEqualTo("0 / 5,000");
        test(body()).setValue("hello");

        assertThat(body().getHelperText()).isEqualTo("5 / 5,000");
        assertThat(body().getMaxLength()).isEqualTo(CommentService.BODY_MAX);
    }

    @Test
    @WithUserDetails("editor")
    void the_french_counter_groups_the_limit_as_french_does_like_the_rationale_counter() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        show(claim(), true);

        assertThat(body().getHelperText().replaceAll("[\\u00a0\\u202f]", " ")).isEqualTo("0 / 5 000");
    }

    @Test
    @WithUserDetails("editor")
    void a_blank_comment_is_refused_on_the_field_and_nothing_is_posted() {
        long claim = claim();
        show(claim, true);

        test(body()).setValue("   ");
        test($(Button.class).id("comment-post")).click();

        assertThat(body().isInvalid()).isTrue();
        assertThat(body().getErrorMessage()).isEqualTo("Required");
        assertThat(body().getValue()).as("what was typed stays").isEqualTo("   ");
        assertThat(comments.list(claim)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void the_picker_offers_the_enabled_colleagues_by_name() {
        show(claim(), true);

        assertThat(test(mentions()).getSuggestionItems()).extracting(Colleague::displayName)
                .containsExactly("Ada Admin", "Chloé Checker", "Eddie Editor", "Victor Viewer");
    }

    @Test
    @WithUserDetails("editor")
    void a_viewer_reads_the_thread_without_any_comment_field() {
        long claim = claim();
        comments.post(claim, "First " + IMAGE, Set.of());
        SignedIn.as(userDetails, "viewer");

        show(claim, false);

        assertThat(bodies()).containsExactly("First " + IMAGE);
        assertThat($(TextArea.class).withId("comment-body").exists()).isFalse();
        assertThat($(MultiSelectComboBox.class).withId("comment-mentions").exists()).isFalse();
        assertThat($(Button.class).withId("comment-post").exists()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void an_empty_thread_says_so() {
        show(claim(), false);

        assertThat($(H3.class).single().getText()).isEqualTo("Comments (0)");
        assertThat(PageText.blocks(panel())).as("no comment drawn").isEmpty();
        assertThat($(Paragraph.class, $(CommentsPanel.class).id("comments-panel")).single().getText())
                .isEqualTo("No comments yet.");
    }

    @Test
    @WithUserDetails("editor")
    void refresh_shows_a_colleagues_new_comment() {
        long claim = claim();
        CommentsPanel panel = show(claim, true);
        SignedIn.as(userDetails, "checker");
        comments.post(claim, "Done", Set.of());

        panel.refresh();

        assertThat(bodies()).containsExactly("Done");
    }

    @Test
    @WithUserDetails("checker")
    void the_claims_history_says_what_was_commented() {
        long claim = claim();
        comments.post(claim, "Found the <i>decree</i>", Set.of());

        org.jsoup.nodes.Element line = HistoryLine.appendTo(org.factdesk.base.ui.Markup.block("div"),
                UI.getCurrent(), Locale.ENGLISH, claims.history(claim).getFirst(), ZoneOffset.UTC, name -> name);

        assertThat(line.select("span")).extracting(org.jsoup.nodes.Element::text).contains("checker");
        // What changed is the line's own text, as text.
        assertThat(line.ownText()).isEqualTo("Commented: “Found the <i>decree</i>”");
        assertThat(line.select("i")).isEmpty();
    }

    private CommentsPanel panel() {
        return $(CommentsPanel.class).id("comments-panel");
    }

    /** The comments' texts, in the thread's order. */
    private List<String> bodies() {
        return PageText.blocks(panel()).stream().map(block -> block.selectFirst(".fd-comment-body").wholeText())
                .toList();
    }

    private CommentsPanel show(long claim, boolean canComment) {
        UI.getCurrent().navigate("articles");
        CommentsPanel panel = new CommentsPanel(comments, users, claim, canComment);
        UI.getCurrent().add(panel);
        return panel;
    }

    private TextArea body() {
        return $(TextArea.class).id("comment-body");
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Colleague> mentions() {
        return $(MultiSelectComboBox.class).id("comment-mentions");
    }

    private long claim() {
        long seed = articles.list("vise à renforcer les liens de Bakou", PageRequest.of(0, 10)).getFirst().id();
        List<Long> ids = claims.list(seed, PageRequest.of(0, 100)).stream().map(row -> row.id()).toList();
        return ids.getFirst();
    }
}
