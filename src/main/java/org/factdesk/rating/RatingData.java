package org.factdesk.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.factdesk.base.NoControlChars;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a rating of the scale. */
public record RatingData(
        @NotBlank(message = "validation.required") @Size(max = LABEL_MAX, message = "validation.too-long")
        @NoControlChars String labelEn,
        @NotBlank(message = "validation.required") @Size(max = LABEL_MAX, message = "validation.too-long")
        @NoControlChars String labelFr,
        @Size(max = DESCRIPTION_MAX, message = "validation.too-long") @NoControlChars @Nullable String descriptionEn,
        @Size(max = DESCRIPTION_MAX, message = "validation.too-long") @NoControlChars @Nullable String descriptionFr,
        @NotNull(message = "validation.required") @Pattern(regexp = COLOUR_PATTERN, message = "rating.error.colour")
        String colour,
        @Min(value = VALUE_MIN, message = "rating.error.value") @Max(value = VALUE_MAX, message = "rating.error.value")
        @Nullable Integer ratingValue) {

    public static final int LABEL_MAX = 80;
    public static final int DESCRIPTION_MAX = 500;
    /** Only {@code #rrggbb}: the colour goes into a style attribute, so nothing else may get through. */
    public static final String COLOUR_PATTERN = "#[0-9a-fA-F]{6}";
    public static final int VALUE_MIN = 1;
    public static final int VALUE_MAX = 100;
}
