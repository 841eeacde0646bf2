/** The administrators' Backups screen: back up now with progress, the list of backups to download or delete. */
@NullMarked
package org.factdesk.backup.ui;

import org.jspecify.annotations.NullMarked;
