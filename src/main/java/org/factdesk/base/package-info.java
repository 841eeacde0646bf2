/** Shared building blocks that depend on no feature: the main layout, its extension points, i18n, validation and error pages. */
@NullMarked
package org.factdesk.base;

import org.jspecify.annotations.NullMarked;
