package org.factdesk.base;

import java.util.Optional;

/**
 * Guesses the language of a text, for articles imported without one. Implemented by the claim feature with the
 * extraction engine's models, so {@code article} needs no dependency on it.
 */
public interface LanguageDetection {

    /** An ISO 639-1 code such as {@code fr} or {@code en}; empty when the language has none or cannot be told. */
    Optional<String> detect(String text);
}
