package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.base.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** An installation as shipped (private addresses not allowed) refuses to import from its own network. */
@SpringBootTest
@WithMockUser(username = "editor", roles = "EDITOR")
class WebImportRefusalTest {

    @Autowired
    WebImportService web;

    @Test
    void a_page_on_a_private_address_is_refused_without_being_requested() {
        try (WebPages pages = WebPages.start()) {
            assertThatThrownBy(() -> web.fetch(pages.url("/news/og-article.html")))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.field()).isEqualTo("webUrl");
                        assertThat(e.key()).isEqualTo("article.web.error.private-address");
                    });
            assertThat(pages.requests()).isZero();
        }
    }
}
