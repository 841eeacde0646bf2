package org.factdesk.report.claimreview;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.source.ReportedSource;
import org.jspecify.annotations.Nullable;

/** The addresses a ClaimReview names: the desk's page for each claim, and a public archived copy of the article. */
final class ClaimReviewUrls {

    /** A Wayback Machine copy names the page it copied after its time stamp (and optional modifiers such as id_). */
    private static final Pattern WAYBACK = Pattern.compile("^https?://web\\.archive\\.org/web/\\d{4,14}[a-z_]*/(.+)$",
            Pattern.CASE_INSENSITIVE);

    private ClaimReviewUrls() {
    }

    /**
     * The desk's public base URL without query, fragment or trailing slashes, so that appending {@code /articles/…}
     * never doubles or drops a slash whether the administrator typed {@code https://x.org}, {@code https://x.org/}
     * or {@code https://x.org/desk/}.
     */
    static String base(String publicBaseUrl) {
        String stripped = publicBaseUrl.strip();
        try {
            URI uri = new URI(stripped);
            if (uri.getScheme() != null && uri.getRawAuthority() != null) {
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                return uri.getScheme() + "://" + uri.getRawAuthority() + trimSlashes(path);
            }
        } catch (URISyntaxException e) {
            // The settings screen only accepts web addresses; an older value is used as it is.
        }
        return trimSlashes(stripped);
    }

    static String article(String base, long articleId) {
        return base + "/articles/" + articleId;
    }

    static String claim(String base, long articleId, long claimId) {
        return article(base, articleId) + "#claim-" + claimId;
    }

    /**
     * A public archived copy of the article, when one of the claim's sources is a Wayback Machine copy of the
     * article's address. The desk's own archived copies are not published, so they cannot be linked.
     */
    static @Nullable String archivedCopy(@Nullable String articleUrl, List<ReportedSource> sources) {
        if (articleUrl == null) {
            return null;
        }
        String wanted = comparable(articleUrl);
        for (ReportedSource source : sources) {
            String url = source.url();
            if (url == null) {
                continue;
            }
            Matcher wayback = WAYBACK.matcher(url.strip());
            if (wayback.matches() && comparable(wayback.group(1)).equals(wanted)) {
                return url.strip();
            }
        }
        return null;
    }

    /** The same page whether written with http or https, with a host in capitals or a trailing slash. */
    private static String comparable(String url) {
        String address = trimSlashes(url.strip().replaceFirst("(?i)^https?://", ""));
        int pathStart = address.indexOf('/');
        return pathStart < 0 ? address.toLowerCase(Locale.ROOT)
                : address.substring(0, pathStart).toLowerCase(Locale.ROOT) + address.substring(pathStart);
    }

    private static String trimSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
