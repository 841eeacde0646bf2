package org.factdesk.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleArchiveRepository extends JpaRepository<ArticleArchive, Long> {

    Optional<ArticleArchive> findFirstByArticleIdOrderByFetchedAtDesc(long articleId);
}
