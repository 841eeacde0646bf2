package org.factdesk.comment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    /** The thread, oldest first, with its mentions in the same query. */
    @Query("select c from Comment c left join fetch c.mentions where c.claimId = :claimId order by c.createdAt, c.id")
    List<Comment> findByClaimIdOrderByCreatedAtAscIdAsc(long claimId);
}
