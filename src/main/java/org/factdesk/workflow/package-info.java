/**
 * The desk's workflow on claims: assignment with due dates and priorities, four-eyes approval, returns and reopening,
 * watching, the review queue and the overdue check. Its rules call the claim module's command API
 * ({@code ClaimWorkflow}), the only way to change a claim's status from outside the claim package.
 */
@NullMarked
package org.factdesk.workflow;

import org.jspecify.annotations.NullMarked;
