/**
 * The dashboard's figures kept as claims change (issue 15, decision 024): counters by status, by assignee's open
 * work and by approved verdict, and each approved claim's time from selection to approval, written in the same
 * transaction as the claim by Hibernate's entity events; what depends on the day (overdue, due soon) is read through
 * an index on the open statuses' due dates. {@code DeskCounters.rebuild} recounts them all from the claims, after bulk
 * SQL such as the desk generator's.
 */
@NullMarked
package org.factdesk.dashboard;

import org.jspecify.annotations.NullMarked;
