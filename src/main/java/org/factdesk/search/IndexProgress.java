package org.factdesk.search;

/** How far the rebuild of the index is: {@code done} of {@code total} entities indexed; {@code running} while it goes. */
public record IndexProgress(boolean running, long done, long total) {

    public static final IndexProgress IDLE = new IndexProgress(false, 0, 0);
}
