/** Importing, storing and listing the articles the desk fact-checks. */
@NullMarked
package org.factdesk.article;

import org.jspecify.annotations.NullMarked;
