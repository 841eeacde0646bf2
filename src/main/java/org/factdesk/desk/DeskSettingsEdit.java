package org.factdesk.desk;

/** The settings as the settings page shows them, with the version a save names so that it overwrites no one. */
public record DeskSettingsEdit(long version, DeskSettingsData data) {
}
