/** FactDesk, a self-hosted editorial fact-checking desk: application entry point and shell. */
@NullMarked
package org.factdesk;

import org.jspecify.annotations.NullMarked;
