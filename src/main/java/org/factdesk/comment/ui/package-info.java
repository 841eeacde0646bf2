/** The comments' screens: the claim page's thread and the dialog that writes a comment. */
@NullMarked
package org.factdesk.comment.ui;

import org.jspecify.annotations.NullMarked;
