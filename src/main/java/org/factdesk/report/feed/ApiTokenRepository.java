package org.factdesk.report.feed;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenSha256(String tokenSha256);

    boolean existsByNameIgnoreCaseAndRevokedFalse(String name);

    /** Active tokens first, then newest first. */
    List<ApiToken> findAllByOrderByRevokedAscCreatedAtDescIdDesc();
}
