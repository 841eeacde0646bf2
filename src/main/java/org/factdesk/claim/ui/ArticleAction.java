package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a higher feature offers on an article's workspace, such as the verdict report's downloads: the claim
 * feature cannot import those features, so they contribute Spring beans of this type, and the workspace shows one
 * component of each, in ascending {@link #order()}, to everyone who may read the article.
 */
public interface ArticleAction {

    /** Creates the component for one article in one browser tab. */
    Component create(long articleId);

    default int order() {
        return 0;
    }
}
