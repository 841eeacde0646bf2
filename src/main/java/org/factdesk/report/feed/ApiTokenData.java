package org.factdesk.report.feed;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.factdesk.base.NoControlChars;

/** A new token's name: who uses it, such as "Newsroom CMS". */
public record ApiTokenData(
        @NotBlank(message = "validation.required") @Size(max = NAME_MAX, message = "validation.too-long")
        @NoControlChars String name) {

    public static final int NAME_MAX = 100;
}
