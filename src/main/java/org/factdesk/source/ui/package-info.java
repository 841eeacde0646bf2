/** The sources' screens: the claim page's source list and the dialog that adds or edits a source. */
@NullMarked
package org.factdesk.source.ui;

import org.jspecify.annotations.NullMarked;
