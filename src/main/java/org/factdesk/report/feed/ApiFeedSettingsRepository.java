package org.factdesk.report.feed;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiFeedSettingsRepository extends JpaRepository<ApiFeedSettings, Long> {
}
