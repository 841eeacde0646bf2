package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(username = "viewer", roles = "VIEWER")
class SeedArticlesTest {

    static final String SEED_FILE = "000_8de9084930d2e7a1.txt";
    static final String SEED_TITLE = "Le dirigeant russe, Poutine, vise à renforcer les liens de Bakou";

    @Autowired
    SeedArticles seedArticles;
    @Autowired
    ArticleRepository repository;
    @Autowired
    ArticleService articles;

    private List<ArticleListItem> seeds() {
        return articles.list(SEED_TITLE, PageRequest.of(0, 10));
    }

    @Test
    void the_seed_article_was_imported_exactly_once_at_start_up() {
        assertThat(seeds()).hasSize(1);
        assertThat(repository.existsBySeedKey(SEED_FILE)).isTrue();
    }

    @Test
    void the_seed_article_is_stored_with_its_text_the_desk_language_and_the_system_as_importer() {
        ArticleDetails seed = articles.find(seeds().getFirst().id()).orElseThrow();

        assertThat(seed.title()).startsWith(SEED_TITLE);
        assertThat(seed.body()).contains("septembre 2023").contains("L'Arménie se tourne vers l'Occident");
        assertThat(seed.language()).isEqualTo("fr");
        assertThat(seed.importedBy()).isEqualTo(SeedArticles.IMPORTER);
        assertThat(seed.publishedOn()).isNull();
        assertThat(seed.paragraphs()).hasSizeGreaterThan(3);
    }

    @Test
    void running_the_seed_import_again_imports_nothing_more() throws Exception {
        long before = repository.count();

        seedArticles.run(new DefaultApplicationArguments());

        assertThat(repository.count()).isEqualTo(before);
        assertThat(seeds()).hasSize(1);
    }
}
