package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.factdesk.base.WebUrl;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A read-only block of a page (a card's facts, a history, a quote in its paragraph) drawn as ONE state node instead of
 * a component per span: its markup is built with jsoup's DOM, whose {@link Element#text(String)} and
 * {@link Element#attr(String, String)} escape what they are given, and sent as one {@link Block} component. Never build
 * the markup from strings: any user text may hold HTML or script, and here it is always a text node or an attribute's
 * value. Fields and downloads stay components; a button may be a {@code vaadin-button} element of the block
 * ({@link #button}) whose clicks the component holding the block hears through ONE listener of its own, reading which
 * button from the button's data attributes by a fixed expression (never trusting them: the client may send anything);
 * a link to another page of FactDesk is an {@code a} with the {@code router-link} attribute, which the client's router
 * handles wherever it is in the page.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * The root element of a new block, in a document that writes its text as it is (no pretty printing): a text shown
     * with {@code white-space: pre-wrap} keeps its line breaks and spaces.
     */
    public static Element block(String tag, String... classes) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        return withClasses(document.body().appendElement(tag), classes);
    }

    /** Appends an element holding {@code text} as text, with the given classes. */
    public static Element text(Element parent, String tag, String text, String... classes) {
        return withClasses(parent.appendElement(tag).text(text), classes);
    }

    /** Appends a link to a page of FactDesk at {@code path}, followed by the router without reloading the page. */
    public static Element routerLink(Element parent, String path, String text) {
        return parent.appendElement("a").attr("href", path).attr("router-link", "").text(text);
    }

    /**
     * Appends a link to another site, opened in a new tab that cannot reach back to this one. Stored addresses are
     * checked when saved; one that is not http or https all the same (a {@code javascript:} address) is shown as text.
     */
    public static Element externalLink(Element parent, String url, String text) {
        if (!WebUrl.Validator.isWebUrl(url.strip())) {
            return parent.appendElement("span").text(text);
        }
        return parent.appendElement("a").attr("href", url).attr("target", "_blank")
                .attr("rel", "noopener noreferrer").text(text);
    }

    /**
     * Appends a {@code vaadin-button} holding {@code text} with the given theme variants: the web component draws it,
     * takes the focus and turns Enter and Space into a click, as for a {@code Button}; it has no listener of its own.
     */
    public static Element button(Element parent, String text, ButtonVariant... variants) {
        Element button = parent.appendElement("vaadin-button").text(text);
        if (variants.length > 0) {
            button.attr("theme", Arrays.stream(variants).map(ButtonVariant::getVariantName)
                    .collect(Collectors.joining(" ")));
        }
        return button;
    }

    /**
     * Appends a read-only field drawn by the browser as the component of that tag draws one ({@code vaadin-text-field},
     * {@code vaadin-text-area}): its label above, its value in a dashed frame, selectable, in the tab order.
     */
    public static Element readOnlyField(Element parent, String tag, String label, String value) {
        return parent.appendElement(tag).attr("readonly", "").attr("label", label).attr("value", value);
    }

    /** The block as one component, whose element is {@code root} with its attributes and its content. */
    public static Block html(Element root) {
        return new Block(root);
    }

    /**
     * One read-only block: an element of the root's tag and attributes whose content is the root's markup, written as
     * jsoup serialises it. Vaadin's {@code Html} would parse that markup again to find its root (an eighth of a claim
     * page's drawing time); the DOM is already at hand here.
     */
    public static final class Block extends Component {

        private Block(Element root) {
            super(new com.vaadin.flow.dom.Element(root.tagName()));
            root.attributes().forEach(attribute -> getElement().setAttribute(attribute.getKey(), attribute.getValue()));
            getElement().setProperty("innerHTML", root.html());
        }
    }

    private static Element withClasses(Element element, String... classes) {
        for (String name : classes) {
            element.addClass(name);
        }
        return element;
    }
}
