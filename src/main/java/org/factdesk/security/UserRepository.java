package org.factdesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The session stamp of an enabled user; empty for a disabled or deleted one. Read on every request. */
    @Query("select u.sessionStamp from AppUser u where u.username = :username and u.enabled = true")
    Optional<Long> findSessionStampOfEnabled(String username);

    List<AppUser> findByDemoPasswordIsNull();

    @Query("select new org.factdesk.security.Colleague(u.username, u.displayName) from AppUser u where u.enabled = true")
    List<Colleague> findColleagues();

    /** Enabled users holding any of {@code roles}, their roles read in the same statement. */
    @Query("""
            select distinct new org.factdesk.security.Colleague(u.username, u.displayName)
            from AppUser u join u.roles r where u.enabled = true and r in :roles""")
    List<Colleague> findColleaguesWithAnyRole(Collection<Role> roles);

    @Query("select u.displayName from AppUser u where u.username = :username")
    Optional<String> findDisplayName(String username);
}
