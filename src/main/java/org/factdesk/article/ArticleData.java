package org.factdesk.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factdesk.base.IsoLanguage;
import org.factdesk.base.MaxUtf8Bytes;
import org.factdesk.base.NoControlChars;
import org.factdesk.base.WebUrl;
import org.jspecify.annotations.Nullable;

/** What an editor enters to import or edit an article. A blank language is detected from the text. */
public record ArticleData(
        @NotBlank(message = "validation.required") @Size(max = TITLE_MAX, message = "validation.too-long")
        @NoControlChars String title,
        @NotBlank(message = "validation.required") @MaxUtf8Bytes(value = MAX_TEXT_BYTES,
                message = "article.error.body-too-large")
        @NoControlChars String body,
        @Size(max = OUTLET_MAX, message = "validation.too-long") @NoControlChars @Nullable String outlet,
        @WebUrl @Nullable String url,
        @Size(max = BYLINE_MAX, message = "validation.too-long") @NoControlChars @Nullable String byline,
        @PublicationDate @Nullable LocalDate publishedOn,
        @IsoLanguage @Nullable String language) {

    public static final int TITLE_MAX = 500;
    public static final int OUTLET_MAX = 200;
    public static final int BYLINE_MAX = 200;
    /** 2 MB: far above any article, far below what would strain the desk. */
    public static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;
    public static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(1900, 1, 1);
}
