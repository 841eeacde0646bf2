package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article list read by seek pages (issue 15, decision 017) lists what the list by offset lists, in the same order:
 * the latest publication first, undated articles after the dated ones, ties of publication date and of import time
 * broken by the id, with and without a title filter; a jump lands on the row the offset list has there.
 */
@SpringBootTest
@Transactional
@WithUserDetails("editor")
class ArticleListSeekTest {

    private static final PageRequest ALL = PageRequest.of(0, 1_000);
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Autowired
    ArticleService articles;
    @Autowired
    JdbcTemplate jdbc;

    /** Twenty-four articles: three publication dates and none, four imported in the same instant on each. */
    @BeforeEach
    void articles_that_tie_on_publication_and_import() {
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2),
                LocalDate.of(2024, 12, 31)));
        for (int i = 0; i < 24; i++) {
            LocalDate published = i % 4 == 3 ? null : dates.get(i % 3);
            long id = articles.importArticle(new ArticleData((i % 2 == 0 ? "Budget vote " : "Tram line ") + i,
                    "The council voted on " + i + " items in 2025, the clerk said.", null, null, null, published,
                    "en"));
            jdbc.update("update article set imported_at = ? where id = ?", Timestamp.from(T0.plusSeconds(i % 2)), id);
        }
    }

    private List<Long> bySeeking(String filter, int size) {
        List<Long> ids = new ArrayList<>();
        ArticleListItem.Key after = null;
        while (true) {
            List<ArticleListItem> page = articles.listAfter(filter, after, size);
            page.forEach(item -> ids.add(item.id()));
            if (page.size() < size) {
                return ids;
            }
            after = page.getLast().key();
        }
    }

    @Test
    void seek_pages_of_any_size_list_every_article_once_in_the_order_of_the_list_by_offset() {
        for (String filter : List.of("", "budget", "tram line 1")) {
            List<Long> expected = articles.list(filter, ALL).stream().map(ArticleListItem::id).toList();
            assertThat(expected).as(filter).isNotEmpty();
            for (int size : new int[] {1, 4, 7, 1_000}) {
                assertThat(bySeeking(filter, size)).as("'%s' by pages of %d", filter, size)
                        .containsExactlyElementsOf(expected);
            }
            assertThat(articles.countUpTo(filter, 10_001)).isEqualTo(expected.size());
        }
    }

    @Test
    void the_first_page_and_a_jump_far_down_hold_the_rows_of_the_list_by_offset_undated_last() {
        List<ArticleListItem> expected = articles.list("", ALL);
        int total = expected.size();

        ArticleListItem.Key beforeLastFive = articles.keyAfter("", null, total - 5).orElseThrow();

        assertThat(articles.listAfter("", null, 5)).containsExactlyElementsOf(expected.subList(0, 5));
        assertThat(articles.listAfter("", beforeLastFive, 5)).containsExactlyElementsOf(expected.subList(total - 5,
                total));
        assertThat(expected.getLast().publishedOn()).as("undated last").isNull();
        assertThat(expected.getFirst().publishedOn()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(articles.keyAfter("", expected.get(3).key(), 10)).hasValue(expected.get(13).key());
        assertThat(articles.keyAfter("", null, total)).hasValue(expected.getLast().key());
        assertThat(articles.keyAfter("", null, total + 1)).isEmpty();
        assertThat(articles.countUpTo("", 3)).isEqualTo(3);
    }
}
