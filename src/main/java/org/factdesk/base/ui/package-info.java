/** The main layout, the error pages and small shared components. */
@NullMarked
package org.factdesk.base.ui;

import org.jspecify.annotations.NullMarked;
