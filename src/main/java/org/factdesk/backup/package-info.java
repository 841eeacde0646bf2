/**
 * Backups of the desk while it runs (H2 {@code BACKUP TO} a zip under the data folder, now or nightly, with old
 * nightly copies pruned), their list and download, and the restore of one into a data folder.
 */
@NullMarked
package org.factdesk.backup;

import org.jspecify.annotations.NullMarked;
