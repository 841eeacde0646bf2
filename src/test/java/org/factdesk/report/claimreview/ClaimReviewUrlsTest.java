package org.factdesk.report.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimReviewUrlsTest {

    @Test
    void the_base_loses_trailing_slashes_query_and_fragment_but_keeps_its_path() {
        assertThat(ClaimReviewUrls.base("https://x.org")).isEqualTo("https://x.org");
        assertThat(ClaimReviewUrls.base("https://x.org/")).isEqualTo("https://x.org");
        assertThat(ClaimReviewUrls.base("https://x.org:8443/fact/checks///?a=b#c")).isEqualTo(
                "https://x.org:8443/fact/checks");
        assertThat(ClaimReviewUrls.claim("https://x.org", 3, 9)).isEqualTo("https://x.org/articles/3#claim-9");
    }

    @Test
    void only_a_wayback_copy_of_the_article_itself_counts_as_its_archived_copy() {
        String article = "https://Journal.example/a/b";
        String copy = "https://web.archive.org/web/20260101000000id_/http://journal.example/a/b/";

        assertThat(ClaimReviewUrls.archivedCopy(article, List.of(ClaimReviewFixtures.source(1, 1, copy))))
                .isEqualTo(copy);
        assertThat(ClaimReviewUrls.archivedCopy(article, List.of(ClaimReviewFixtures.source(1, 1,
                "https://web.archive.org/web/20260101000000/https://journal.example/a/B")))).as("paths are exact")
                .isNull();
        assertThat(ClaimReviewUrls.archivedCopy(null, List.of(ClaimReviewFixtures.source(1, 1, copy)))).isNull();
    }
}
