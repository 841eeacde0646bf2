package org.factdesk.library;

import java.util.List;

/**
 * An earlier fact-check close to a claim: the fact-check, a similarity from 0 to 1 (the sentence embeddings' cosine
 * for English, else the share of words the two texts have in common), the claim's words that matched, and whether
 * it passes the likely-match threshold.
 */
public record LibraryMatch(FactCheckItem factCheck, double similarity, List<String> matchedWords, boolean likely) {
}
