/** Sign-in page and the administrators' user management. */
@NullMarked
package org.factdesk.security.ui;

import org.jspecify.annotations.NullMarked;
