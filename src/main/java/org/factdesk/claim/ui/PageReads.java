package org.factdesk.claim.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.Colleague;
import org.factdesk.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * What several parts of one drawing of the claim page read alike, read once for that drawing: the colleagues, the
 * rating scale and display names. The page forgets them whenever it draws again (an opening, a change, a colleague's
 * change), so they are never older than the drawing that shows them; each is read through its service, with that
 * service's checks. Not shared between pages or requests.
 */
public final class PageReads {

    private final UserService users;
    private final RatingScaleService ratings;
    private @Nullable List<Colleague> colleagues;
    private @Nullable List<RatingItem> scale;
    private @Nullable Map<String, String> names;

    PageReads(UserService users, RatingScaleService ratings) {
        this.users = users;
        this.ratings = ratings;
    }

    /** Forgets what was read, before the page draws again. */
    void forget() {
        colleagues = null;
        scale = null;
        names = null;
    }

    /** The enabled users, by display name ({@link UserService#colleagues()}), read once per drawing. */
    public List<Colleague> colleagues() {
        List<Colleague> known = colleagues;
        if (known == null) {
            known = users.colleagues();
            colleagues = known;
        }
        return known;
    }

    /** Every rating, retired ones included, in order ({@link RatingScaleService#scale()}), read once per drawing. */
    public List<RatingItem> scale() {
        List<RatingItem> known = scale;
        if (known == null) {
            known = ratings.scale();
            scale = known;
        }
        return known;
    }

    /**
     * A user's display name: a colleague's from {@link #colleagues()}, anyone else's (the application, a disabled
     * account) read once per drawing.
     */
    public String displayName(String username) {
        Map<String, String> known = names;
        if (known == null) {
            known = new HashMap<>();
            for (Colleague colleague : colleagues()) {
                known.put(colleague.username(), colleague.displayName());
            }
            names = known;
        }
        return known.computeIfAbsent(username, users::displayName);
    }
}
