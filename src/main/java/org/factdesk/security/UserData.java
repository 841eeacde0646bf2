package org.factdesk.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.factdesk.base.NoControlChars;
import org.jspecify.annotations.Nullable;

/** The editable part of an existing user: name, e-mail and roles. */
public record UserData(
        @NotBlank(message = "validation.required") @Size(max = NAME_MAX, message = "validation.too-long")
        @NoControlChars String displayName,
        @Email(message = "validation.email") @Size(max = EMAIL_MAX, message = "validation.too-long")
        @NoControlChars @Nullable String email,
        @NotEmpty(message = "user.error.roles-required") Set<Role> roles) {

    public static final int USERNAME_MAX = 64;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 200;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 72; // BCrypt reads at most 72 bytes
}
