package org.factdesk.source;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, Long> {

    List<Source> findByClaimIdOrderById(long claimId);
}
