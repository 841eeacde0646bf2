package org.factdesk.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    Optional<Notification> findByIdAndRecipient(long id, String recipient);
}
