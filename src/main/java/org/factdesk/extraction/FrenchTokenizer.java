package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits French text into the tokens the UD French tagger was trained on: elisions apart ("l'", "qu'",
 * "jusqu'", also with the typographic apostrophe), inverted subject pronouns apart ("a" "-t-il"), hyphenated
 * names whole ("Haut-Karabakh"), every punctuation mark alone. OpenNLP ships no French tokenizer model.
 */
final class FrenchTokenizer {

    private static final String LETTER = "[\\p{L}\\p{M}\\p{N}]";
    private static final String CLITIC = "-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous)(?!" + LETTER + ")";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<!" + LETTER + ")(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’](?=" + LETTER + ")"
                    + "|" + CLITIC
                    + "|\\p{N}+(?:[.,]\\p{N}+)*"
                    + "|" + LETTER + "+(?:(?!" + CLITIC + ")[-'’]" + LETTER + "+)*"
                    + "|\\S",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private FrenchTokenizer() {
    }

    static Span[] tokenize(String text) {
        List<Span> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(new Span(matcher.start(), matcher.end()));
        }
        return tokens.toArray(Span[]::new);
    }
}
