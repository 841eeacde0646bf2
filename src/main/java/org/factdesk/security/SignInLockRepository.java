package org.factdesk.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignInLockRepository extends JpaRepository<SignInLock, String> {

    @Query("select l from SignInLock l where l.subject like 'user:%' and l.lockedUntil > :now")
    List<SignInLock> findLockedUsers(Instant now);
}
