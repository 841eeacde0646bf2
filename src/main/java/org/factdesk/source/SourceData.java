package org.factdesk.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factdesk.base.NoControlChars;
import org.factdesk.base.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * What a researcher enters about a source. Blank optional texts are stored as none; the address is optional only for
 * the kinds that have none (see {@link SourceKind#needsAddress()}).
 */
@AddressWhereNeeded
public record SourceData(
        @Size(max = URL_MAX, message = "validation.too-long") @WebUrl @Nullable String url,
        @NotBlank(message = "validation.required") @Size(max = TITLE_MAX, message = "validation.too-long")
        @NoControlChars String title,
        @Size(max = PUBLISHER_MAX, message = "validation.too-long") @NoControlChars @Nullable String publisher,
        @NotNull(message = "validation.required") SourceKind kind,
        @Size(max = EXCERPT_MAX, message = "validation.too-long") @NoControlChars @Nullable String excerpt,
        @AccessDate @Nullable LocalDate accessedOn,
        @NotNull(message = "validation.required") Reliability reliability,
        @Size(max = NOTE_MAX, message = "validation.too-long") @NoControlChars @Nullable String note) {

    public static final int URL_MAX = WebUrl.MAX_LENGTH;
    public static final int TITLE_MAX = 300;
    public static final int PUBLISHER_MAX = 200;
    public static final int EXCERPT_MAX = 5000;
    public static final int NOTE_MAX = 5000;

    /** Whether a web address was given. */
    public boolean hasAddress() {
        return url != null && !url.isBlank();
    }
}
