package org.factdesk.claim;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only by construction: it can insert and read, and offers no update or delete. */
interface ActivityRepository extends Repository<Activity, Long> {

    Activity save(Activity activity);

    List<Activity> findByClaimIdOrderByOccurredAtDescIdDesc(long claimId);

    List<Activity> findByArticleIdOrderByOccurredAtDescIdDesc(long articleId);

    long countByArticleId(long articleId);
}
