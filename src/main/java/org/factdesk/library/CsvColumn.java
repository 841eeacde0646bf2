package org.factdesk.library;

import java.util.List;
import java.util.Locale;

/** A column a CSV import reads, with the header names it recognises by itself (without case, spaces or accents). */
public enum CsvColumn {
    CLAIM(true, "claim", "claimreviewed", "vclaim", "statement", "affirmation", "enonce"),
    URL(true, "url", "link", "lien", "factcheckurl", "reviewurl"),
    RATING(false, "rating", "verdict", "textualrating", "note", "conclusion"),
    DATE(false, "date", "datepublished", "reviewdate", "published"),
    PUBLISHER(false, "publisher", "author", "factchecker", "source", "editeur", "auteur"),
    LANGUAGE(false, "language", "lang", "inlanguage", "langue"),
    TITLE(false, "title", "headline", "titre");

    private final boolean required;
    private final List<String> names;

    CsvColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    public boolean required() {
        return required;
    }

    public String key() {
        return "library.column." + name().toLowerCase(Locale.ROOT);
    }

    boolean recognises(String header) {
        String bare = java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
        return names.contains(bare);
    }
}
