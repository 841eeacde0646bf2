package org.factdesk.rating;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingRepository extends JpaRepository<Rating, Long> {

    List<Rating> findAllByOrderByPositionAscIdAsc();

    // Native: whether Claim maps rating_id as an association or a plain id is not this query's business.
    @Query(value = "select count(*) from claim where rating_id = :id", nativeQuery = true)
    long countClaimsRatedWith(long id);

    @Query(value = "select distinct rating_id from claim where rating_id is not null", nativeQuery = true)
    List<Number> findIdsInUse();
}
