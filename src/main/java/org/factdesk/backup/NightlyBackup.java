package org.factdesk.backup;

import java.time.LocalTime;
import org.factdesk.base.JobSchedule;
import org.factdesk.base.ScheduledJob;
import org.factdesk.desk.DeskSettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The nightly backup: at {@code factdesk.backup.nightly-at} in the desk's time zone, a backup, then the oldest nightly
 * copies beyond {@code factdesk.backup.keep} are deleted. Off with {@code factdesk.backup.nightly=false}, and does
 * nothing on a database other than a file-based H2. Always a bean, so the Backups screen can tell the plan.
 */
@Component
class NightlyBackup implements ScheduledJob {

    static final String NAME = "nightly-backup";
    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);

    private final Backups backups;
    private final DeskSettingsService desk;
    private final boolean enabled;
    private final LocalTime at;
    private final int keep;

    NightlyBackup(Backups backups, DeskSettingsService desk,
                  @Value("${factdesk.backup.nightly:true}") boolean enabled,
                  @Value("${factdesk.backup.nightly-at:02:30}") String at,
                  @Value("${factdesk.backup.keep:7}") int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("factdesk.backup.keep must be 1 or more, not " + keep);
        }
        this.backups = backups;
        this.desk = desk;
        this.enabled = enabled;
        this.at = LocalTime.parse(at);
        this.keep = keep;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSchedule schedule() {
        return new JobSchedule.Daily(at, desk::zone);
    }

    @Override
    public void run() {
        if (!enabled || !backups.available()) {
            return;
        }
        BackupItem made = backups.backUp(BackupKind.NIGHTLY);
        LOG.info("Nightly backup {} written ({} bytes)", made.name(), made.size());
        backups.prune(keep).forEach(name -> LOG.info("Old nightly backup {} deleted", name));
    }

    boolean enabled() {
        return enabled;
    }

    LocalTime at() {
        return at;
    }

    int keep() {
        return keep;
    }
}
