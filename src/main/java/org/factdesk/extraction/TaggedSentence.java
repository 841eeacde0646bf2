package org.factdesk.extraction;

import java.util.Arrays;

/** A sentence split into tokens with their Universal Dependencies part-of-speech tags (none in GENERIC mode). */
final class TaggedSentence {

    private final String text;
    private final Span[] tokens;
    private final String[] words;
    private final String[] tags;

    TaggedSentence(String text, Span[] tokens, String[] tags) {
        if (tags.length != 0 && tags.length != tokens.length) {
            throw new IllegalArgumentException("One tag per token, or none");
        }
        this.text = text;
        this.tokens = tokens.clone();
        this.words = Arrays.stream(tokens).map(t -> text.substring(t.start(), t.end())).toArray(String[]::new);
        this.tags = tags.clone();
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
