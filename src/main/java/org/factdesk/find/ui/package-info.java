/** The header's search field and the results screen. */
@NullMarked
package org.factdesk.find.ui;

import org.jspecify.annotations.NullMarked;
