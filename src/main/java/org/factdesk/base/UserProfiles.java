package org.factdesk.base;

import java.util.Locale;
import java.util.Optional;

/**
 * What the main layout needs to know about the signed-in user beyond their username. Implemented by the security
 * feature, so {@code base} depends on no feature.
 */
public interface UserProfiles {

    /** The name to show for this user; the username itself when the user is unknown. */
    String displayName(String username);

    /** The language the user chose, if they chose one. */
    Optional<Locale> preferredLocale(String username);

    /** Remembers the signed-in user's language for their next sessions. */
    void savePreferredLocale(Locale locale);
}
