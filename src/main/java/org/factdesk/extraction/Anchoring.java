package org.factdesk.extraction;

import java.util.Optional;

/**
 * Finds a quoted claim again in an edited article. The exact words must still be there: a changed quote is
 * reported as lost rather than guessed, because pointing a verdict at the wrong words is worse than asking
 * the editor to re-select them.
 */
public final class Anchoring {

    private Anchoring() {
    }

    /**
     * Locates {@code quote.exact()} in {@code newText}. Among several occurrences, the one whose surroundings
     * match the quote's prefix and suffix best wins; a tie goes to the one nearest {@code hintStart} (the old
     * offset).
     *
     * @return the span of the quote in {@code newText}, or empty when the exact words are gone
     */
    public static Optional<Span> reanchor(String newText, TextQuote quote, int hintStart) {
        String exact = quote.exact();
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        int best = -1;
        int bestContext = -1;
        int found = newText.indexOf(exact);
        while (found >= 0) {
            int context = contextMatch(newText, found, found + exact.length(), quote);
            if (context > bestContext || context == bestContext && closer(found, best, hintStart)) {
                best = found;
                bestContext = context;
            }
            found = newText.indexOf(exact, found + 1);
        }
        return best < 0 ? Optional.empty() : Optional.of(new Span(best, best + exact.length()));
    }

    /** How many characters of the stored prefix (read backwards) and suffix (forwards) still surround the match. */
    static int contextMatch(String text, int start, int end, TextQuote quote) {
        String prefix = quote.prefix();
        int before = 0;
        while (before < prefix.length() && start - before > 0
                && text.charAt(start - before - 1) == prefix.charAt(prefix.length() - before - 1)) {
            before++;
        }
        String suffix = quote.suffix();
        int after = 0;
        while (after < suffix.length() && end + after < text.length()
                && text.charAt(end + after) == suffix.charAt(after)) {
            after++;
        }
        return before + after;
    }

    private static boolean closer(int candidate, int current, int hint) {
        return Math.abs(candidate - hint) < Math.abs(current - hint);
    }
}
