package org.factdesk.extraction;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A sentence split into tokens with their Universal Dependencies part-of-speech tags (none in GENERIC mode). */
final class TaggedSentence {

    private final String text;
    private final Span[] tokens;
    private final String[] words;
    private final String[] tags;
    /** The words in lower case (Locale.ROOT), made when first asked for: several features read them. */
    private String @Nullable [] lowerWords;

    TaggedSentence(String text, Span[] tokens, String[] tags) {
        this(text, tokens.clone(), Arrays.stream(tokens).map(t -> text.substring(t.start(), t.end()))
                .toArray(String[]::new), tags.clone());
    }

    /** Takes the arrays as they are: {@code words} are the tokens' text, read once by the pipeline. */
    private TaggedSentence(String text, Span[] tokens, String[] words, String[] tags) {
        if (tags.length != 0 && tags.length != tokens.length) {
            throw new IllegalArgumentException("One tag per token, or none");
        }
        this.text = text;
        this.tokens = tokens;
        this.words = words;
        this.tags = tags;
    }

    /** A sentence whose words the caller has already cut out of the text and will not change, nor the arrays. */
    static TaggedSentence of(String text, Span[] tokens, String[] words, String[] tags) {
        return new TaggedSentence(text, tokens, words, tags);
    }

    static TaggedSentence untagged(String text, Span[] tokens) {
        return new TaggedSentence(text, tokens, new String[0]);
    }

    String text() {
        return text;
    }

    boolean tagged() {
        return tags.length > 0 || tokens.length == 0;
    }

    int size() {
        return tokens.length;
    }

    String word(int index) {
        return words[index];
    }

    /** The word in lower case ({@code Locale.ROOT}). */
    String lower(int index) {
        String[] lower = lowerWords;
        if (lower == null) {
            lower = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                lower[i] = words[i].toLowerCase(Locale.ROOT);
            }
            lowerWords = lower;
        }
        return lower[index];
    }

    /** The tag, e.g. "PROPN"; the French model also emits contractions such as "ADP+DET". */
    String tag(int index) {
        return tags.length == 0 ? "" : tags[index];
    }

    boolean hasTag(int index, String tag) {
        return tag(index).contains(tag);
    }

    String[] words() {
        return words.clone();
    }

    /** The original text from token {@code from} to token {@code to}, both included, spacing kept. */
    String cover(int from, int to) {
        return text.substring(tokens[from].start(), tokens[to].end());
    }

    /** Index of the first token that holds a letter, or -1. */
    int firstWordIndex() {
        for (int i = 0; i < words.length; i++) {
            if (words[i].codePoints().anyMatch(Character::isLetter)) {
                return i;
            }
        }
        return -1;
    }
}
