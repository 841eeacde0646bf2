/** The library's screen with its imports, and the claim page's "Checked before" section. */
@NullMarked
package org.factdesk.library.ui;

import org.jspecify.annotations.NullMarked;
