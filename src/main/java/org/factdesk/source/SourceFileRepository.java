package org.factdesk.source;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceFileRepository extends JpaRepository<SourceFile, Long> {

    List<SourceFile> findBySourceIdInOrderById(Collection<Long> sourceIds);

    /**
     * The files of a claim's sources. By the claim rather than by a list of source ids: Hibernate keeps no translated
     * plan for a query bound to a list, so that one was translated to SQL again at every opening of a claim page.
     */
    @Query("""
            select f from SourceFile f where f.sourceId in (select s.id from Source s where s.claimId = :claimId)
            order by f.id""")
    List<SourceFile> findOfClaim(long claimId);
}
