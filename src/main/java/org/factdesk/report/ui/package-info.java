/** The report feature's screens: the verdict report dialog on an article's workspace. */
@NullMarked
package org.factdesk.report.ui;

import org.jspecify.annotations.NullMarked;
