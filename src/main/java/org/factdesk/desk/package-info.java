/** Desk-wide settings: the desk's name, public base URL, time zone and default article language. */
@NullMarked
package org.factdesk.desk;

import org.jspecify.annotations.NullMarked;
