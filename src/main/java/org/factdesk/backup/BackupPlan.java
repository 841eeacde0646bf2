package org.factdesk.backup;

import java.time.LocalTime;
import java.time.ZoneId;

/** The nightly backup as configured: on or off, the time of day in the desk's time zone, the copies kept. */
public record BackupPlan(boolean nightly, LocalTime at, ZoneId zone, int keep) {
}
