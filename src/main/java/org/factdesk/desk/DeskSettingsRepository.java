package org.factdesk.desk;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeskSettingsRepository extends JpaRepository<DeskSettings, Long> {
}
