/**
 * Several app nodes on one PostgreSQL (decision 018): the desk's events across nodes ({@code LISTEN/NOTIFY}, or in
 * the JVM on a single node) and the scheduled jobs run once per cluster (ShedLock's JDBC lock per job).
 */
@NullMarked
package org.factdesk.cluster;

import org.jspecify.annotations.NullMarked;
