package org.factdesk.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findByEnabledTrue();

    /** The session stamp of an enabled user; empty for a disabled or deleted one. Read on every request. */
    @Query("select u.sessionStamp from AppUser u where u.username = :username and u.enabled = true")
    Optional<Long> findSessionStampOfEnabled(String username);

    List<AppUser> findByDemoPasswordIsNull();
}
