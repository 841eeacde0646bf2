package org.factdesk.claim;

/** How urgent a claim is for the desk, lowest first. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
