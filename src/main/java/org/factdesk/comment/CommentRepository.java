package org.factdesk.comment;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    /** The thread, oldest first, with its mentions in the same query. */
    @EntityGraph(attributePaths = "mentions")
    List<Comment> findByClaimIdOrderByCreatedAtAscIdAsc(long claimId);
}
