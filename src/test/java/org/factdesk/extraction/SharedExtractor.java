package org.factdesk.extraction;

/** One engine for all test classes: loading the models takes about a second. */
final class SharedExtractor {

    static final ClaimExtractor INSTANCE = new ClaimExtractor();

    private SharedExtractor() {
    }
}
