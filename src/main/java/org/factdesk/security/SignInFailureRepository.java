package org.factdesk.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

    @Query("select count(f) from SignInFailure f where f.username = :username and f.failedAt >= :since")
    long countForUsernameSince(String username, Instant since);

    @Query("select count(f) from SignInFailure f where f.address = :address and f.failedAt >= :since")
    long countForAddressSince(String address, Instant since);

    @Modifying
    @Query("delete from SignInFailure f where f.username = :username")
    void deleteForUsername(String username);

    @Modifying
    @Query("delete from SignInFailure f where f.failedAt < :before")
    void deleteOlderThan(Instant before);
}
