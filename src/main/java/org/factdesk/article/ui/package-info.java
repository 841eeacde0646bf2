/** The article list, the import page and the article page. */
@NullMarked
package org.factdesk.article.ui;

import org.jspecify.annotations.NullMarked;
