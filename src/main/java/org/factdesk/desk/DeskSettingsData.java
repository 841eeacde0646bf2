package org.factdesk.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
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

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }
}
