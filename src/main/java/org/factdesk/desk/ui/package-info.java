/** The administrators' desk settings page. */
@NullMarked
package org.factdesk.desk.ui;

import org.jspecify.annotations.NullMarked;
