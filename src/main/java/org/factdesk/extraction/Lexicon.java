package org.factdesk.extraction;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists of one language for the lexical features; each pattern finds the words shown as evidence.
 *
 * @param past words that place the sentence in the past by themselves; compound tenses are found from the tags
 */
record Lexicon(Pattern reporting, Pattern comparison, Pattern causal, Pattern opinion, Pattern future,
               Pattern past) {

    private static final Pattern NOTHING = Pattern.compile("(?!)");

    /** For languages without word lists: the lexical features never fire. */
    static final Lexicon NONE = new Lexicon(NOTHING, NOTHING, NOTHING, NOTHING, NOTHING, NOTHING);

    /**
     * One pattern matching any of the alternatives as whole words, ignoring case. An alternative is a regex; a
     * straight apostrophe in it also matches the typographic one, and a space any run of spaces.
     */
    static Pattern words(String... alternatives) {
        String union = Arrays.stream(alternatives)
                .map(alternative -> alternative.replace("'", "['’]").replace(" ", "\\s+"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + union + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
