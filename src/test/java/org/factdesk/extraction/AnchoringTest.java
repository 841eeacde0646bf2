package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AnchoringTest {

    private static final String ARTICLE = "Poutine est arrivé à Bakou. Le Kremlin a révélé que plusieurs documents "
            + "devaient être signés. Aliyev l'a accueilli à l'aéroport.";
    private static final String CLAIM = "Le Kremlin a révélé que plusieurs documents devaient être signés.";

    @Test
    void a_quote_keeps_up_to_32_characters_of_context_on_each_side() {
        int start = ARTICLE.indexOf(CLAIM);
        TextQuote quote = TextQuote.of(ARTICLE, start, start + CLAIM.length());
        assertThat(quote.exact()).isEqualTo(CLAIM);
        assertThat(quote.prefix()).isEqualTo("Poutine est arrivé à Bakou. ");
        assertThat(quote.suffix()).isEqualTo(" Aliyev l'a accueilli à l'aéropo");
        assertThat(quote.suffix()).hasSize(TextQuote.CONTEXT_LENGTH);
    }

    @Test
    void a_quote_outside_the_text_is_refused() {
        assertThatThrownBy(() -> TextQuote.of("court", 2, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void a_quote_that_moved_is_found_at_its_new_place() {
        TextQuote quote = quoteOfClaim();
        String edited = "Un paragraphe ajouté en tête de l'article. " + ARTICLE;
        assertThat(Anchoring.reanchor(edited, quote, ARTICLE.indexOf(CLAIM)))
                .contains(new Span(edited.indexOf(CLAIM), edited.indexOf(CLAIM) + CLAIM.length()));
    }

    @Test
    void a_quote_is_found_when_the_text_around_it_was_edited() {
        TextQuote quote = quoteOfClaim();
        String edited = ARTICLE.replace("Poutine est arrivé à Bakou.", "Vladimir Poutine a atterri hier à Bakou.")
                .replace("Aliyev l'a accueilli", "Ilham Aliyev l'a reçu");
        Optional<Span> span = Anchoring.reanchor(edited, quote, ARTICLE.indexOf(CLAIM));
        assertThat(span).isPresent();
        assertThat(edited.substring(span.get().start(), span.get().end())).isEqualTo(CLAIM);
    }

    @Test
    void a_duplicated_quote_is_told_apart_by_its_prefix_and_suffix() {
        String text = "À Bakou, il a dit oui. Puis, à Erevan, il a dit oui. Fin.";
        int second = text.lastIndexOf("il a dit oui.");
        TextQuote quote = TextQuote.of(text, second, second + "il a dit oui.".length());
        String edited = "Chapeau. " + text;
        // The hint points at the first occurrence, but the context says the second one.
        assertThat(Anchoring.reanchor(edited, quote, edited.indexOf("il a dit oui.")))
                .contains(new Span(edited.lastIndexOf("il a dit oui."), edited.lastIndexOf("il a dit oui.") + 13));
    }

    @Test
    void a_duplicated_quote_without_telling_context_goes_to_the_one_nearest_the_hint() {
        TextQuote quote = new TextQuote("oui", "", "");
        String text = "oui, oui, oui";
        assertThat(Anchoring.reanchor(text, quote, 6)).contains(new Span(5, 8));
        assertThat(Anchoring.reanchor(text, quote, 0)).contains(new Span(0, 3));
    }

    @Test
    void a_quote_whose_words_are_gone_is_not_guessed() {
        TextQuote quote = quoteOfClaim();
        String edited = ARTICLE.replace("plusieurs documents", "trois accords");
        assertThat(Anchoring.reanchor(edited, quote, ARTICLE.indexOf(CLAIM))).isEmpty();
        assertThat(Anchoring.reanchor("", quote, 0)).isEmpty();
    }

    @Test
    void an_empty_quote_is_never_anchored() {
        assertThat(Anchoring.reanchor(ARTICLE, new TextQuote("", "a", "b"), 0)).isEmpty();
    }

    private static TextQuote quoteOfClaim() {
        int start = ARTICLE.indexOf(CLAIM);
        return TextQuote.of(ARTICLE, start, start + CLAIM.length());
    }
}
