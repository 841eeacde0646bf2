package org.factdesk.report;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Addresses in a report: a link only for web addresses, so no other scheme (javascript:, data:) becomes one. */
final class Links {

    private Links() {
    }

    static Element url(Element parent, String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("https://") || lower.startsWith("http://");
        Element element = web ? parent.appendElement("a").attr("href", url.strip()) : parent.appendElement("span");
        return element.addClass("url").text(url);
    }
}
