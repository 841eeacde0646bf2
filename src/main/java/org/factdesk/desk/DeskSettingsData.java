package org.factdesk.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Locale;
import org.factdesk.base.IsoLanguage;
import org.factdesk.base.NoControlChars;
import org.factdesk.base.WebUrl;

/**
 * The desk's settings: its name, the public base URL under which its fact-checks are published (reports and
 * ClaimReview link to it), its time zone and the language assumed for new articles.
 */
public record DeskSettingsData(
        @NotBlank(message = "validation.required") @Size(max = NAME_MAX, message = "validation.too-long")
        @NoControlChars String deskName,
        @NotBlank(message = "validation.required") @WebUrl String publicBaseUrl,
        @NotBlank(message = "validation.required") String timeZone,
        @NotBlank(message = "validation.required") @IsoLanguage String defaultLanguage) {

    public static final int NAME_MAX = 120;
    /** The address a new desk starts with (migration V2): every ClaimReview's url is wrong until it is replaced. */
    public static final String PLACEHOLDER_BASE_URL = "https://factcheck.example.org";

    /** Whether {@code url} is still the placeholder a new desk starts with, whatever trailing slash or case. */
    public static boolean isPlaceholder(String url) {
        String trimmed = url.strip().toLowerCase(Locale.ROOT);
        return trimmed.equals(PLACEHOLDER_BASE_URL) || trimmed.equals(PLACEHOLDER_BASE_URL + "/");
    }

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }
}
