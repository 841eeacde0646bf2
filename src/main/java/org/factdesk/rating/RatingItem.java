package org.factdesk.rating;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A rating of the scale as screens show it. {@code inUse}: some claim's verdict has it, so it can only be retired,
 * not deleted.
 */
public record RatingItem(long id, long version, int position, String labelEn, String labelFr,
                         @Nullable String descriptionEn, @Nullable String descriptionFr, String colour,
                         @Nullable Integer ratingValue, boolean retired, boolean inUse) {

    /** The French label for French, the English one otherwise. */
    public String label(Locale locale) {
        return isFrench(locale) ? labelFr : labelEn;
    }

    /** The description in the locale's language, else in the other one; none when neither was written. */
    public @Nullable String description(Locale locale) {
        String preferred = isFrench(locale) ? descriptionFr : descriptionEn;
        return preferred != null ? preferred : isFrench(locale) ? descriptionEn : descriptionFr;
    }

    public RatingData toData() {
        return new RatingData(labelEn, labelFr, descriptionEn, descriptionFr, colour, ratingValue);
    }

    private static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }
}
