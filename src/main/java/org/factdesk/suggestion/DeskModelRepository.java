package org.factdesk.suggestion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeskModelRepository extends JpaRepository<DeskModel, Long> {

    List<DeskModel> findByActiveTrue();

    List<DeskModel> findByLanguageAndActiveTrue(String language);

    Optional<DeskModel> findFirstByLanguageOrderByCreatedAtDescIdDesc(String language);
}
