package org.factdesk.rating;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingRepository extends JpaRepository<Rating, Long> {

    List<Rating> findAllByOrderByPositionAscIdAsc();

    // Native: whether Claim maps rating_id as an association or a plain id is not this query's business.
    @Query(value = "select count(*) from claim where rating_id = :id", nativeQuery = true)
    long countClaimsRatedWith(long id);

    /**
     * One index probe per rating (claim's index led by rating_id, migration V28), where "distinct rating_id" read the
     * whole claim table on every list that shows the scale (issue 15).
     */
    @Query(value = "select r.id from rating r where exists (select 1 from claim c where c.rating_id = r.id)",
            nativeQuery = true)
    List<Number> findIdsInUse();
}
