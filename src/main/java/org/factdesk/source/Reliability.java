package org.factdesk.source;

/** How far the desk trusts a source; UNKNOWN until someone judges it. */
public enum Reliability {
    HIGH, MEDIUM, LOW, UNKNOWN
}
