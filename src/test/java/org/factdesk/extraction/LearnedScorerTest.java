package org.factdesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped English model still tells obvious cases apart, explains itself, and French keeps its rules. */
class LearnedScorerTest {

    private final ClaimExtractor extractor = SharedExtractor.INSTANCE;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | Unemployment fell to 3.5 percent last year, the lowest rate in fifty years.
            true  | We have spent more than $2 trillion on the war in Iraq since 2003.
            true  | The state cut its education budget by 12 percent in 2015.
            true  | My opponent voted against the minimum wage increase nine times in the Senate.
            true  | Crime in our cities has gone down by 20 percent over the last decade.
            true  | Forty million Americans have no health insurance today.
            false | I think we have to do better for our children and our grandchildren.
            false | Thank you very much, and good evening to everyone here tonight.
            false | Let me answer that question directly, because I want the people to know.
            false | What are you going to do about it if you are elected?
            false | We need to bring this country together again and move forward.
            false | I'm going to fight for the working families of this great nation.
            """)
    void the_shipped_english_model_separates_obvious_cases(boolean checkworthy, String sentence) {
        Segment segment = single(sentence, "en");
        assertThat(segment.suggested()).as(segment.reasons().toString()).isEqualTo(checkworthy);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The council is going to vote, and we'll see it tomorrow.     | is going to, we'll, tomorrow
            The council is going to vote and we will see it tomorrow.    | is going to, will, tomorrow
            It’s going to rain; they're going to stay. Trump'll go.      | It’s going to, they're going to, Trump'll
            Nobody won't say it is not going to happen.                  | won't
            """)
    void the_future_is_found_whether_the_sentence_holds_an_apostrophe_or_not(String sentence, String expected) {
        assertThat(Lexicon.needsApostrophe("\\p{L}++'ll")).isTrue();
        assertThat(Lexicon.needsApostrophe("(?:is|are|am|\\p{L}++'s) going to")).isFalse();
        assertThat(Lexicon.needsApostrophe("a'?b")).isFalse();
        assertThat(String.join(", ", Text.matches(EnglishLexicon.LEXICON.future(), sentence))).isEqualTo(expected);
    }

    @Test
    void the_words_read_by_hand_are_exactly_the_matches_of_the_word_pattern() {
        List<String> samples = RandomTexts.after(List.of("We'll see: it's going to rain, they’re sure.",
                "don't's dogs' 'quoted' l’Arménie Haut-Karabakh 1960s ½ Ⅻ x² ٣٤ 𝐀𝐁c İstanbul ΣΊΣΥΦΟΣ 😀ok a'1 b'",
                "", "'", "’’a", "3.5 percent, $2 trillion"),
                "aZé1٣½Ⅻ²'’ -.\u00A0İΣς😀𝐀", 2_000);
        for (String sample : samples) {
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher matcher = Terms.WORD.matcher(sample);
            while (matcher.find()) {
                StringBuilder word = new StringBuilder();
                matcher.group().toLowerCase(java.util.Locale.ROOT).chars().forEach(c ->
                        word.append(Character.isDigit(c) ? '0' : c == '’' ? '\'' : (char) c));
                expected.add(word.toString());
            }
            assertThat(Terms.words(sample)).as(sample).isEqualTo(expected);
        }
    }

    @Test
    void the_word_lists_find_by_their_filters_and_alternatives_exactly_what_the_whole_pattern_finds_at_each_word() {
        String[] pieces = {"a déclaré", "A déclaré", "ont affirmé", "selon", "d'après", "d’après", "de source sûre",
            "plus de", "les plus", "des", "les", "ses", "hausse", "augmenté", "sept.", "2023", "14 juillet", "mardi",
            "said", "we'll", "it's going to", "has been", "was", "more than", "I think", "may", "May", "ago", "$",
            "€", "5", "%", " ", " ", ",", ".", "-", "'", "é", "x", "Z", "l'", "qu’", "ΣΊΣ", "😀"};
        java.util.Random random = new java.util.Random(15);
        List<java.util.regex.Pattern> patterns = new java.util.ArrayList<>();
        for (Lexicon lexicon : List.of(FrenchLexicon.LEXICON, EnglishLexicon.LEXICON)) {
            patterns.addAll(List.of(lexicon.reporting(), lexicon.comparison(), lexicon.causal(), lexicon.opinion(),
                    lexicon.future(), lexicon.past()));
        }
        for (int i = 0; i < 1_500; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(14); length > 0; length--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String sample = text.toString();
            for (java.util.regex.Pattern pattern : patterns) {
                assertThat(Text.find(pattern, sample)).as(pattern + " in " + sample)
                        .isEqualTo(everyWord(pattern, sample));
            }
        }
    }

    /** What Text.find promises, the slow way: the whole pattern tried at every word and currency sign. */
    private static List<Span> everyWord(java.util.regex.Pattern pattern, String text) {
        List<Span> found = new java.util.ArrayList<>();
        java.util.regex.Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean start = "€$£¥".indexOf(c) >= 0 || Character.isLetterOrDigit(c)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (start && matcher.region(i, text.length()).lookingAt() && matcher.end() > i) {
                found.add(new Span(i, matcher.end()));
                i = matcher.end();
            } else {
                i++;
            }
        }
        return found;
    }

    @Test
    void an_english_sentence_shows_the_words_that_pushed_it_up_and_down_with_their_weights() {
        Segment segment = single("I think unemployment fell to 3.5 percent last year.", "en");
        assertThat(segment.reasons()).filteredOn(reason -> reason.feature() == Feature.WORDS)
                .anySatisfy(reason -> {
                    assertThat(reason.evidence()).isEqualTo("percent");
                    assertThat(reason.weight()).isPositive();
                })
                .anySatisfy(reason -> {
                    assertThat(reason.evidence()).isIn("i", "i think");
                    assertThat(reason.weight()).isNegative();
                });
        long up = segment.reasons().stream().filter(r -> r.feature() == Feature.WORDS && r.weight() > 0).count();
        long down = segment.reasons().stream().filter(r -> r.feature() == Feature.WORDS && r.weight() < 0).count();
        assertThat(up).isBetween(1L, (long) LinearScorer.WORDS_UP);
        assertThat(down).isBetween(1L, (long) LinearScorer.WORDS_DOWN);
        assertThat(segment.reasons()).filteredOn(reason -> reason.feature() == Feature.QUANTITY)
                .singleElement().satisfies(reason -> assertThat(reason.evidence()).isEqualTo("3.5 percent"));
    }

    @Test
    void the_words_that_moved_the_score_are_shown_as_the_sentence_writes_them_not_as_the_model_reads_them() {
        Segment segment = single("City council approves a record budget for 2026.", "en");

        List<String> words = segment.reasons().stream().filter(reason -> reason.feature() == Feature.WORDS)
                .map(Reason::evidence).toList();
        assertThat(words).contains("2026").doesNotContain("0000");
        assertThat(Terms.asWritten("Spending rose by 18% in 2026, l’Insee says."))
                .containsEntry("00", "18").containsEntry("0000", "2026").containsEntry("in 0000", "in 2026")
                .containsEntry("l'insee", "l’insee");
    }

    @Test
    void the_score_reaches_the_threshold_exactly_when_the_sentence_is_suggested() {
        for (String sentence : List.of("Forty million Americans have no health insurance today.",
                "Thank you very much, and good evening to everyone here tonight.",
                "The deficit doubled under this administration.", "We can do better.")) {
            Segment segment = single(sentence, "en");
            assertThat(Weights.suggests(segment.score())).as(sentence).isEqualTo(segment.suggested());
        }
    }

    @Test
    void french_keeps_the_rules_and_their_hand_set_weights() {
        Segment segment = single("Le chômage a reculé à 7,3 % au troisième trimestre, selon l'Insee.", "fr");
        assertThat(segment.reasons()).noneMatch(reason -> reason.feature() == Feature.WORDS);
        assertThat(segment.reasons()).allSatisfy(reason ->
                assertThat(reason.weight()).isEqualTo(Weights.of(reason.feature())));
        assertThat(segment.score()).isEqualTo(segment.reasons().stream().mapToInt(Reason::weight).sum());
    }

    @Test
    void the_model_file_reads_and_writes_back_to_the_same_entries() throws IOException {
        String shipped = resource(LinearScorer.ENGLISH);
        LinearScorer model = LinearScorer.read(new BufferedReader(new java.io.StringReader(shipped)));
        StringWriter written = new StringWriter();
        model.write(written, List.of());
        String entries = shipped.lines().filter(line -> !line.startsWith("#"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        assertThat(written.toString()).isEqualTo(entries);
        assertThat(model.language()).isEqualTo("en");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LearnedScorerTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Segment single(String sentence, String language) {
        Extraction extraction = extractor.extract("", sentence, language);
        assertThat(extraction.sentences()).hasSize(1);
        return extraction.sentences().getFirst();
    }
}
