/** The rating scale's admin screen: add, edit, reorder, retire and delete ratings. */
@NullMarked
package org.factdesk.rating.ui;

import org.jspecify.annotations.NullMarked;
