package org.factdesk.source;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceFileRepository extends JpaRepository<SourceFile, Long> {

    List<SourceFile> findBySourceIdInOrderById(Collection<Long> sourceIds);
}
