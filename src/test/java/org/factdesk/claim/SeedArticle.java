package org.factdesk.claim;

/** The seed article the test database imports, which tests of several features pick their claims from. */
public final class SeedArticle {

    /** Its title, to find it in the article list. */
    public static final String TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou avec la Russie.";

    private SeedArticle() {
    }
}
