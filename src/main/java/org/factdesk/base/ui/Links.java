package org.factdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links to pages of other features by address, which keeps features' imports one-way (a lower feature never names
 * a higher one's view class). The router handles them without reloading the page.
 */
public final class Links {

    private Links() {
    }

    public static Anchor to(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
