package org.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the sentence detector where news typography fools it: a closing quote it leaves at the start of the
 * next sentence, a split after "M." or "janv.", an ellipsis it does not see as an end, and run-on text without
 * punctuation. Works on spans of one paragraph.
 */
final class SplitRules {

    // An ellipsis ends the sentence when a capital (or an opening quote) follows: "Il hésite… Puis il signe."
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?:…|\\.{3})[»”\"]?(?=\\s+[\\p{Lu}«“\"])");
    private static final String CLOSING_QUOTES = "»”\"";
    private static final String WORD_OPENERS = "'’(«\"“[";

    private final SegmentationRules rules;

    SplitRules(SegmentationRules rules) {
        this.rules = rules;
    }

    List<Span> refine(String paragraph, List<Span> detected) {
        List<Span> split = new ArrayList<>();
        for (Span span : detected) {
            split.addAll(splitAtEllipses(paragraph, Text.trim(paragraph, span.start(), span.end())));
        }
        List<Span> merged = new ArrayList<>();
        for (Span next : split) {
            if (next.length() == 0) {
                continue;
            }
            merged.addAll(merged.isEmpty() ? List.of(next) : join(paragraph, merged.removeLast(), next));
        }
        List<Span> capped = new ArrayList<>();
        for (Span span : merged) {
            capped.addAll(cap(paragraph, span));
        }
        return capped;
    }

    private static List<Span> splitAtEllipses(String text, Span span) {
        if (!holdsEllipsis(text, span)) {
            return List.of(Text.trim(text, span.start(), span.end())); // most sentences: no pattern to run
        }
        List<Span> parts = new ArrayList<>();
        Matcher matcher = ELLIPSIS_END.matcher(text).region(span.start(), span.end());
        int start = span.start();
        while (matcher.find()) {
            parts.add(Text.trim(text, start, matcher.end()));
            start = matcher.end();
        }
        parts.add(Text.trim(text, start, span.end()));
        return parts;
    }

    /** Whether the span holds "…" or "...", without which {@link #ELLIPSIS_END} cannot match in it. */
    private static boolean holdsEllipsis(String text, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '…' || c == '.' && i + 2 < span.end() && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                return true;
            }
        }
        return false;
    }

    /** The current sentence and the next one, possibly glued together or with a closing quote moved back. */
    private List<Span> join(String text, Span current, Span next) {
        int quoteEnd = closingQuoteEnd(text, current, next);
        if (quoteEnd > next.start()) {
            Span rest = Text.trim(text, quoteEnd, next.end());
            // « Jamais ! » a-t-il crié. — the words after the quote still belong to the sentence.
            if (rest.length() == 0 || continuesSentence(text.charAt(rest.start()))) {
                return List.of(new Span(current.start(), next.end()));
            }
            return List.of(new Span(current.start(), quoteEnd), rest);
        }
        // "Is it over?" she asked. — after a quote or an ellipsis, a lower-case word goes on with the sentence.
        boolean openEnded = endsWithEllipsis(text, current)
                || CLOSING_QUOTES.indexOf(text.charAt(current.end() - 1)) >= 0;
        if (endsWithAbbreviation(text, current, next) || openEnded && continuesSentence(text.charAt(next.start()))) {
            return List.of(new Span(current.start(), next.end()));
        }
        return List.of(current, next);
    }

    /** Where a closing quote that opens {@code next} ends, or {@code next.start()} when there is none. */
    private static int closingQuoteEnd(String text, Span current, Span next) {
        char first = text.charAt(next.start());
        if (CLOSING_QUOTES.indexOf(first) < 0) {
            return next.start();
        }
        // A straight quote closes only when the sentence before it left one open, and is not glued to the next
        // word: in 'a "disaster. "We will fight it," she said.' the second quote opens the next sentence.
        if (first == '"' && (count(text, current, '"') % 2 == 0 || opensWord(text, next.start() + 1, next.end()))) {
            return next.start();
        }
        return next.start() + 1;
    }

    private static boolean opensWord(String text, int index, int end) {
        return index < end && Character.isLetterOrDigit(text.charAt(index));
    }

    private static long count(String text, Span span, char wanted) {
        return text.substring(span.start(), span.end()).chars().filter(c -> c == wanted).count();
    }

    private static boolean continuesSentence(char c) {
        return Character.isLowerCase(c) || ",;:)".indexOf(c) >= 0;
    }

    private boolean endsWithAbbreviation(String text, Span span, Span next) {
        int wordStart = span.end();
        while (wordStart > span.start() && !Text.isSpace(text.charAt(wordStart - 1))
                && WORD_OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, span.end());
        if (!rules.isAbbreviation(word)) {
            return false;
        }
        // "un vol. Le lendemain…" ends a sentence; "vol. 3" and "art. 12" do not.
        char following = text.charAt(next.start());
        return !rules.isAlsoWord(word) || Character.isDigit(following) || Character.isLowerCase(following);
    }

    private static boolean endsWithEllipsis(String text, Span span) {
        String sentence = text.substring(span.start(), span.end());
        return sentence.endsWith("…") || sentence.endsWith("...");
    }

    /** Cuts an over-long span at spaces (or anywhere, for text without any) into pieces of the maximum length. */
    private List<Span> cap(String text, Span span) {
        List<Span> pieces = new ArrayList<>();
        int start = span.start();
        while (span.end() - start > rules.maxSentenceChars()) {
            int cut = start + rules.maxSentenceChars();
            int space = cut;
            while (space > start && !Text.isSpace(text.charAt(space))) {
                space--;
            }
            cut = space > start ? space : Character.isLowSurrogate(text.charAt(cut)) ? cut - 1 : cut;
            pieces.add(Text.trim(text, start, cut));
            start = Text.trim(text, cut, span.end()).start();
        }
        pieces.add(new Span(start, span.end()));
        return pieces;
    }
}
