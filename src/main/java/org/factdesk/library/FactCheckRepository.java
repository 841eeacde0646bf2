package org.factdesk.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FactCheckRepository extends JpaRepository<FactCheck, Long> {

    Optional<FactCheck> findByUrl(String url);

    List<FactCheck> findByUrlIn(Collection<String> urls);

    List<FactCheck> findByDeskClaimId(long deskClaimId);

    List<FactCheck> findByIdIn(Collection<Long> ids);

    @Query("select f from FactCheck f order by f.updatedAt desc, f.id desc")
    List<FactCheck> newest(Pageable page);
}
