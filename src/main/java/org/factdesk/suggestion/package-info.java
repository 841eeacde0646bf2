/**
 * Learning from the desk (issue 13, item 2): the desk's own decisions on claims become labels, per language, that
 * measure how well the check-worthiness suggestions agree with the editors. Reads the claim and activity tables
 * through plain SQL projections (decision 014), so the claim package does not depend on it.
 */
@NullMarked
package org.factdesk.suggestion;

import org.jspecify.annotations.NullMarked;
