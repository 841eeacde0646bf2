package org.factdesk.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configurable rule layer on top of the sentence detector. The defaults suit French and English news; a
 * newsroom with other habits (a house byline format, other abbreviations) passes its own.
 *
 * @param abbreviations    words ending in a period after which a sentence never ends ("M.", "janv.", "Sen.");
 *                         matched as written, or with a capital first letter when listed in lower case
 * @param boilerplate      lines matching any of these (with {@code find}) are dropped: navigation, credits, bylines
 * @param headingMaxWords  a line without final punctuation and at most this many words is a sub-heading
 * @param maxSentenceChars longer sentences (a text with no punctuation) are cut at a space, so no segment swamps
 *                         the editor or the tagger
 */
public record SegmentationRules(Set<String> abbreviations, List<Pattern> boilerplate, int headingMaxWords,
                                int maxSentenceChars) {

    private static final List<String> DEFAULT_ABBREVIATIONS = List.of(
            // French titles and references
            "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Dr.", "Pr.", "Me.", "St.", "Ste.", "art.", "al.", "cf.", "env.",
            "p.", "pp.", "vol.", "chap.", "éd.", "av.", "bd.", "hab.", "ex.",
            // French months
            "janv.", "févr.", "fév.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.",
            // English titles and references
            "Mr.", "Mrs.", "Ms.", "Prof.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Gen.", "Col.", "Lt.", "Sgt.",
            "Capt.", "Adm.", "Pres.", "Supt.", "Jr.", "Sr.", "vs.", "approx.", "e.g.", "i.e.", "Nos.",
            // English months
            "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec.");

    /**
     * Abbreviations that are also ordinary French words ("un vol.", "l'art.", "ils étaient sept."): they hold a
     * sentence together only when a number or a lower-case word follows ("vol. 3", "art. 12", "sept. 2023").
     */
    private static final Set<String> ALSO_WORDS = Set.of("vol.", "art.", "sept.");
    // A sentence end inside the line: ". " (or "! ", "? ", "… ") and then a capital or an opening quote.
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?…][»”\"]?\\s+[\\p{Lu}«“\"]");

    private static final List<Pattern> DEFAULT_BOILERPLATE = Stream.of(
            "^(?i:(?:à )?lire aussi|read (?:more|also)|voir aussi|see also|abonnez-vous|subscribe)\\b",
            "^(?i:photo\\s?:|cr[ée]dits? photos?\\b|photo credits?\\b|publicité$|advertisement$)", "©",
            // A byline alone on its line: "Par Jean Dupont", "By Jane Doe and John Roe", "Par AFP". Names are
            // matched case-sensitively, so "Par ailleurs, …" stays.
            "^(?i:par|by)\\s+\\p{Lu}[\\p{L}'’.\\-]*(?:\\s*(?:,|&|\\band\\b|\\bet\\b|\\bde\\b|\\bvan\\b"
                    + "|\\bvon\\b|\\p{Lu}[\\p{L}'’.\\-]*))*$")
            .map(regex -> Pattern.compile(regex, Pattern.UNICODE_CASE))
            .toList();

    public SegmentationRules {
        abbreviations = Set.copyOf(abbreviations);
        boilerplate = List.copyOf(boilerplate);
        if (headingMaxWords < 1 || maxSentenceChars < 80) {
            throw new IllegalArgumentException("headingMaxWords >= 1 and maxSentenceChars >= 80 are required");
        }
    }

    /** The rules for French and English news. */
    public static SegmentationRules defaults() {
        return new SegmentationRules(Set.copyOf(DEFAULT_ABBREVIATIONS), DEFAULT_BOILERPLATE, 12, 1000);
    }

    boolean isAbbreviation(String word) {
        if (abbreviations.contains(word)) {
            return true;
        }
        // "Janv." opens a sentence now and then; the list holds it once, as written mid-sentence.
        String uncapitalised = word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
        return abbreviations.contains(uncapitalised);
    }

    /** True for an abbreviation that is also an ordinary word, and so ends a sentence unless a figure follows. */
    boolean isAlsoWord(String word) {
        return ALSO_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    boolean isBoilerplate(String line) {
        // Bylines and credits are short; a long paragraph that happens to contain "©" is still content.
        if (line.length() > 160) {
            return false;
        }
        return boilerplate.stream().anyMatch(pattern -> pattern.matcher(line).find());
    }

    /**
     * A sub-heading: one short line that does not end like a sentence (". ! ? … :" or a closing quote) and holds no
     * sentence end inside; a short paragraph of sentences whose last one lacks its full stop is not a heading.
     */
    boolean isHeading(String line) {
        if (line.length() > headingMaxWords * 20) {
            return false; // cheap exit before counting the words of a long paragraph
        }
        char last = line.charAt(line.length() - 1);
        return ".!?…:»\"”".indexOf(last) < 0 && Text.countWords(line) <= headingMaxWords && !holdsSentenceEnd(line);
    }

    private boolean holdsSentenceEnd(String line) {
        java.util.regex.Matcher end = INNER_SENTENCE_END.matcher(line);
        while (end.find()) {
            int wordStart = end.start();
            while (wordStart > 0 && !Text.isSpace(line.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = line.substring(wordStart, end.start() + 1);
            // "M. Macron à Bakou", "U.S. Economy Grows": a period of an abbreviation or an initial ends nothing.
            if (!isAbbreviation(word) && !word.matches("(?:\\p{L}\\.)+|\\p{Lu}\\p{L}?\\.")) {
                return true;
            }
        }
        return false;
    }
}
