package org.factdesk.article;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Revisions are only ever added and read. */
interface ArticleRevisionRepository extends Repository<ArticleRevision, Long> {

    ArticleRevision save(ArticleRevision revision);

    List<ArticleRevision> findByArticleIdOrderByRevisionDesc(long articleId);

    long countByArticleId(long articleId);
}
