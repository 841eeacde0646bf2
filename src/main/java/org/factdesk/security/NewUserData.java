package org.factdesk.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.factdesk.base.NoControlChars;
import org.jspecify.annotations.Nullable;

/** What an administrator types to create a user. */
public record NewUserData(
        @NotBlank(message = "validation.required")
        @Size(max = UserData.USERNAME_MAX, message = "validation.too-long")
        @Pattern(regexp = UserData.USERNAME_PATTERN, message = "user.error.username-format")
        String username,
        @NotBlank(message = "validation.required") @Size(max = UserData.NAME_MAX, message = "validation.too-long")
        @NoControlChars String displayName,
        @Email(message = "validation.email") @Size(max = UserData.EMAIL_MAX, message = "validation.too-long")
        @NoControlChars @Nullable String email,
        @NotBlank(message = "validation.required")
        @Size(min = UserData.PASSWORD_MIN, max = UserData.PASSWORD_MAX, message = "user.error.password-length")
        @NotCommonPassword String password,
        @NotEmpty(message = "user.error.roles-required") Set<Role> roles) {
}
