package org.factdesk.library;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.factdesk.base.ControlChars;
import org.factdesk.base.WebUrl;
import org.jspecify.annotations.Nullable;

/** The checks every import applies to a record, whatever the file: a web URL, a claim, lengths the table holds. */
final class Records {

    static final int MAX_URL = 2048;
    static final int MAX_CLAIM = 4000;
    static final int MAX_TITLE = 1000;
    static final int MAX_LABEL = 255;

    private Records() {
    }

    static ImportRow check(int number, @Nullable String url, @Nullable String claim, @Nullable String title,
                           @Nullable String rating, @Nullable String publisher, @Nullable String language,
                           @Nullable String date) {
        String cleanUrl = text(url);
        String cleanClaim = text(claim);
        if (cleanUrl == null) {
            return ImportRow.skipped(number, "library.skip.no-url");
        }
        if (cleanUrl.length() > MAX_URL || !WebUrl.Validator.isWebUrl(cleanUrl)) {
            return ImportRow.skipped(number, "library.skip.bad-url");
        }
        if (cleanClaim == null) {
            return ImportRow.skipped(number, "library.skip.no-claim");
        }
        if (cleanClaim.length() > MAX_CLAIM) {
            return ImportRow.skipped(number, "library.skip.claim-too-long");
        }
        return ImportRow.of(number, new FactCheckData(cleanUrl, cleanClaim, cut(text(title), MAX_TITLE),
                cut(text(rating), MAX_LABEL), cut(text(publisher), MAX_LABEL), language(language), date(date)));
    }

    static @Nullable String text(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String clean = ControlChars.clean(value).strip().replaceAll("\\s+", " ");
        return clean.isEmpty() ? null : clean;
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1).strip() + "…";
    }

    /** An ISO 639 code ("en", "fr") from a tag ("fr-FR") or a name in English or French; unknown: null. */
    static @Nullable String language(@Nullable String value) {
        String clean = text(value);
        if (clean == null) {
            return null;
        }
        String lower = clean.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "english", "anglais" -> "en";
            case "french", "français", "francais" -> "fr";
            default -> {
                String code = Locale.forLanguageTag(lower.replace('_', '-')).getLanguage();
                yield code.length() >= 2 && code.length() <= 3 ? code : null;
            }
        };
    }

    /** The day of an ISO 8601 date or date-time ("2024-03-05", "2024-03-05T10:00:00Z"); anything else: null. */
    static @Nullable LocalDate date(@Nullable String value) {
        String clean = text(value);
        if (clean == null || clean.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(clean.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
