package org.factdesk.find;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.factdesk.search.Analyzers;
import org.factdesk.search.LuceneAnalysis;

/**
 * Marks the words of a text that a query matched, with the same analyzers as the index: "l'inflation" in the text is
 * marked for the query "inflation" (French elision), "vaccines" for "vaccine" (English stemming), "énergie" for
 * "energie" (accents). The result is plain text cut into segments, for the screen to show as text.
 */
final class Highlights {

    private static final List<String> ANALYZERS = List.of(Analyzers.ENGLISH, Analyzers.FRENCH, Analyzers.PLAIN);
    private static final String ELLIPSIS = "…";

    /** Analyzers are thread-safe and costly to build: one set for all searches. */
    private static final List<Analyzer> SHARED = ANALYZERS.stream().map(LuceneAnalysis::named).toList();

    private final List<Analyzer> analyzers = SHARED;
    private final List<Set<String>> terms = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    Highlights(String query) {
        for (Analyzer analyzer : analyzers) {
            Set<String> analysed = new HashSet<>();
            tokens(analyzer, query, (term, start, end) -> analysed.add(term));
            terms.add(analysed);
        }
        for (String word : query.split("\\s+")) {
            if (word.endsWith("*") && word.length() > 1) {
                prefixes.add(word.substring(0, word.length() - 1).replace("\"", "").toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The whole text, matched words marked. */
    List<Segment> mark(String text) {
        return segments(text, matches(text), 0, text.length());
    }

    /**
     * At most about {@code length} characters of the text around its first match (its start when nothing matched),
     * cut at word boundaries with an ellipsis where text was left out, matched words marked.
     */
    List<Segment> snippet(String text, int length) {
        if (text.length() <= length) {
            return mark(text);
        }
        boolean[] matched = matches(text);
        int first = 0;
        while (first < text.length() && !matched[first]) {
            first++;
        }
        int start = first == text.length() ? 0 : Math.max(0, first - length / 4);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + length);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - start < length + 30) {
            end++;
        }
        List<Segment> segments = new ArrayList<>();
        if (start > 0) {
            segments.add(new Segment(ELLIPSIS, false));
        }
        segments.addAll(segments(text, matched, start, end));
        if (end < text.length()) {
            segments.add(new Segment(ELLIPSIS, false));
        }
        return segments;
    }

    private boolean[] matches(String text) {
        boolean[] matched = new boolean[text.length()];
        for (int i = 0; i < analyzers.size(); i++) {
            Set<String> wanted = terms.get(i);
            boolean plain = ANALYZERS.get(i).equals(Analyzers.PLAIN);
            tokens(analyzers.get(i), text, (term, start, end) -> {
                if (wanted.contains(term) || plain && prefixes.stream().anyMatch(term::startsWith)) {
                    for (int at = start; at < Math.min(end, matched.length); at++) {
                        matched[at] = true;
                    }
                }
            });
        }
        return matched;
    }

    private static List<Segment> segments(String text, boolean[] matched, int from, int to) {
        List<Segment> segments = new ArrayList<>();
        int start = from;
        while (start < to) {
            int end = start;
            while (end < to && matched[end] == matched[start]) {
                end++;
            }
            segments.add(new Segment(text.substring(start, end), matched[start]));
            start = end;
        }
        return segments;
    }

    private interface TokenSink {
        void token(String term, int start, int end);
    }

    private static void tokens(Analyzer analyzer, String text, TokenSink sink) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.token(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
