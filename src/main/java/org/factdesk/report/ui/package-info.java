/** The report screens: the desk report over a range of approval dates, with its progress and download. */
@NullMarked
package org.factdesk.report.ui;

import org.jspecify.annotations.NullMarked;
