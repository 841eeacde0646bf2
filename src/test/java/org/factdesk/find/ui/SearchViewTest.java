package org.factdesk.find.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.factdesk.comment.CommentService;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The search screen: results grouped by kind with the matched words in marks, user text shown as text, the filters in
 * the address, French elision, and clear messages for queries it cannot run. Commits (the index follows commits), in
 * a Spring context of its own; every test searches words only it uses.
 */
@SpringBootTest(properties = "factdesk.test.context=search")
@ExtendWith(SignedIn.class)
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    CommentService comments;

    @Autowired
    UserDetailsService users;

    private long article(String title, String body, String language) {
        return articles.importArticle(new ArticleData(title, body, null, null, null, null, language));
    }

    private long firstClaim(long article) {
        var row = claims.list(article, PageRequest.of(0, 5)).getFirst();
        claims.select(row.id(), row.version());
        return row.id();
    }

    private void open(String query) {
        UI.getCurrent().navigate("search", com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private List<String> groupHeadings() {
        return $(Section.class).all().stream().map(section -> $(H3.class, section).first().getText()).toList();
    }

    private static List<String> tags(com.vaadin.flow.dom.Element element) {
        List<String> tags = new java.util.ArrayList<>();
        for (int i = 0; i < element.getChildCount(); i++) {
            com.vaadin.flow.dom.Element child = element.getChild(i);
            if (!child.isTextNode()) {
                tags.add(child.getTag());
                tags.addAll(tags(child));
            }
        }
        return tags;
    }

    private List<String> marks(Div hit) {
        return $(Mark.class, hit).all().stream().map(Mark::getText).toList();
    }

    @Test
    void results_are_grouped_by_kind_with_the_matched_words_marked_and_each_leads_to_its_page() {
        long article = article("Quarzite imports doubled",
                "Quarzite imports rose by 120 percent in 2024, the ministry said. Nobody else counted them.", "en");
        long claim = firstClaim(article);
        sources.add(claim, new SourceData("https://stats.example.org/quarzite", "Customs figures on quarzite",
                "Customs", SourceKind.PRIMARY_DOCUMENT, "Quarzite tonnage by month", null, Reliability.HIGH, null));
        comments.post(claim, "Check the quarzite tonnage against last year", java.util.Set.of());

        open("q=quarzite");

        assertThat(groupHeadings()).as("the title and the sentence are claims")
                .containsExactly("Claims (2)", "Articles (1)", "Sources (1)", "Comments (1)");
        Div claimHit = $(Div.class).all().stream().filter(div -> ("claims/" + claim).equals($(Anchor.class, div).all().stream()
                .findFirst().map(Anchor::getHref).orElse(null)) && div.getId().orElse("").startsWith("search-hit-CLAIM"))
                .findFirst().orElseThrow();
        assertThat(marks(claimHit)).containsExactly("Quarzite");
        assertThat(claimHit.getElement().getTextRecursively()).contains("To check").contains("Quarzite imports doubled");
        assertThat($(Anchor.class, $(Div.class).id("search-hit-ARTICLE-0")).first().getHref())
                .isEqualTo("articles/" + article);
        assertThat(marks($(Div.class).id("search-hit-ARTICLE-0"))).containsExactly("Quarzite", "Quarzite");
        assertThat($(Anchor.class, $(Div.class).id("search-hit-SOURCE-0")).first().getHref())
                .isEqualTo("claims/" + claim);
        assertThat($(Div.class).id("search-hit-COMMENT-0").getElement().getTextRecursively())
                .contains("Comment by").contains("Check the quarzite tonnage");
    }

    @Test
    void a_script_in_the_text_is_shown_as_text() {
        article("Zebulite <script>alert('x')</script> story",
                "Zebulite sales fell by 40 percent <b>bold</b> <script>alert(1)</script> in 2023.", "en");

        open("q=zebulite");

        Div hit = $(Div.class).id("search-hit-ARTICLE-0");
        assertThat(hit.getElement().getTextRecursively()).contains("<script>alert('x')</script>")
                .contains("<b>bold</b>");
        assertThat(hit.getElement().getChildCount()).isPositive();
        assertThat(tags(hit.getElement())).contains("mark", "span").doesNotContain("script", "b");
        assertThat(marks(hit)).contains("Zebulite");
    }

    @Test
    void french_elision_accents_and_plurals_meet_their_plain_form() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        article("L'hyperglycémie des écoliers",
                "Selon le ministère, l'hyperglycémie touche 12 % des écoliers de la région en 2024.", "fr");

        open("q=hyperglycemie%20ecolier");

        assertThat(groupHeadings()).contains("Articles (1)");
        assertThat(marks($(Div.class).id("search-hit-ARTICLE-0")))
                .containsExactly("L'hyperglycémie", "écoliers", "l'hyperglycémie", "écoliers");

        open("q=l%27hyperglyc%C3%A9mie");
        assertThat(groupHeadings()).contains("Articles (1)");
    }

    @Test
    void filters_in_the_address_narrow_the_results_by_kind_status_date_and_language() {
        long english = article("Vanadium prices", "Vanadium prices tripled in 2022, traders said.", "en");
        firstClaim(english);
        article("Le vanadium", "Le prix du vanadium a triplé en 2022, selon les négociants.", "fr");

        open("q=vanadium&kind=CLAIM");
        assertThat(groupHeadings()).as("title and sentence of both articles").containsExactly("Claims (4)");
        assertThat(((com.vaadin.flow.component.checkbox.CheckboxGroup<?>) $(com.vaadin.flow.component.checkbox.CheckboxGroup.class).id("search-kinds")).getValue())
                .hasSize(1);

        open("q=vanadium&status=TO_CHECK");
        assertThat(groupHeadings()).containsExactly("Claims (1)");

        open("q=vanadium&lang=fr");
        assertThat(groupHeadings()).containsExactly("Claims (2)", "Articles (1)");
        assertThat($(Div.class).id("search-hit-ARTICLE-0").getElement().getTextRecursively()).contains("Le vanadium");

        open("q=vanadium&from=2999-01-01");
        assertThat($(Span.class).id("search-message").getText()).isEqualTo("Nothing found for “vanadium”.");

        open("q=vanadium&from=2024-02-01&to=2024-01-01");
        assertThat($(Span.class).id("search-message").getText())
                .isEqualTo("The end date comes before the start date.");
    }

    @Test
    void queries_it_cannot_run_get_a_message_and_lucene_syntax_is_taken_literally() {
        open("q=%20");
        assertThat($(Span.class).id("search-message").getText()).startsWith("Type words to look for");

        open("q=%2B-%26%26%7C%7C!(%29%7B%7D%5B%5D%5E%22~*%3F%3A%5C%2F");
        assertThat($(Span.class).id("search-message").getText())
                .isEqualTo("Type at least one word (letters or digits) to search.");

        open("q=" + "a".repeat(201));
        assertThat($(Span.class).id("search-message").getText())
                .isEqualTo("A search may have at most 200 characters: shorten it.");

        article("Molybdenum output", "Molybdenum output fell by 15 percent (estimate) in 2021.", "en");
        open("q=molybdenum%20AND%20(estimate%20OR%20%22");
        // Read literally, the article would also need the words "and" and "or" in its French fields, so it is not
        // found; an English claim reads them with English analysis, where they are stop words, and is found by its
        // other two words. As syntax, the article would be found.
        assertThat($(Span.class).id("search-message").getText()).isEmpty();
        assertThat(groupHeadings()).as("AND, OR, brackets and a lone quote are words or nothing, not syntax errors")
                .doesNotContain("Articles (1)");
        open("q=molybdenum%20(estimate)%20-");
        assertThat(groupHeadings()).contains("Articles (1)");
    }

    @Test
    void a_viewer_finds_what_the_lists_show_them() {
        long article = article("Tungstenite exports", "Tungstenite exports reached 3 million tonnes in 2020.", "en");
        long claim = firstClaim(article);
        comments.post(claim, "Tungstenite figures look old", java.util.Set.of());

        SignedIn.as(users, "viewer");
        open("q=tungstenite");

        assertThat(groupHeadings()).containsExactly("Claims (2)", "Articles (1)", "Comments (1)");
    }

    @Test
    void the_header_field_opens_the_results_with_the_words_in_the_address() {
        article("Praseodymium magnets", "Praseodymium magnet output rose 30 percent in 2023.", "en");
        UI.getCurrent().navigate("articles");

        TextField field = $(TextField.class).id("header-search");
        test(field).setValue("praseodymium");
        ComponentUtil.fireEvent(field, new KeyPressEvent(field, "Enter"));

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("search?q=praseodymium");
        assertThat(groupHeadings()).contains("Articles (1)");
    }
}
