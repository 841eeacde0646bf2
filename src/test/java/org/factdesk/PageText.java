package org.factdesk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * What a browser would show of a component drawn on the server, read-only blocks ({@code base.ui.Markup}, one
 * {@code Markup.Block} each) included: their markup is parsed back as a browser would, so a test reads their text and
 * finds their elements by id as it does a component's.
 */
public final class PageText {

    private PageText() {
    }

    /** The text of {@code component} and everything in it, in order, as a browser shows it (blocks' text included). */
    public static String of(Component component) {
        StringBuilder text = new StringBuilder();
        collect(component.getElement(), text);
        return text.toString();
    }

    /** The element of that id in {@code root}'s read-only blocks, their own root element included. */
    public static Optional<org.jsoup.nodes.Element> byId(Component root, String id) {
        return blocks(root).stream().map(block -> block.getElementById(id)).filter(found -> found != null)
                .findFirst();
    }

    /** The read-only blocks under {@code root} (itself included), each parsed back to its markup. */
    public static List<org.jsoup.nodes.Element> blocks(Component root) {
        List<org.jsoup.nodes.Element> found = new ArrayList<>();
        collectBlocks(root.getElement(), found);
        return found;
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        if (element.hasProperty("innerHTML")) {
            text.append(parse(element).wholeText());
        }
        element.getChildren().forEach(child -> collect(child, text));
    }

    private static void collectBlocks(Element element, List<org.jsoup.nodes.Element> found) {
        if (!element.isTextNode() && element.hasProperty("innerHTML")) {
            found.add(parse(element));
        }
        element.getChildren().forEach(child -> collectBlocks(child, found));
    }

    private static org.jsoup.nodes.Element parse(Element element) {
        org.jsoup.nodes.Element parsed = new org.jsoup.nodes.Element(element.getTag());
        element.getAttributeNames().forEach(name -> parsed.attr(name, element.getAttribute(name)));
        parsed.html(element.getProperty("innerHTML", ""));
        // Parsed in a document of its own, as the browser's innerHTML does.
        Jsoup.parseBodyFragment("").body().appendChild(parsed);
        return parsed;
    }
}
