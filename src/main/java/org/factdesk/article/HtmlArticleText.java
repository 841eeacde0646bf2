package org.factdesk.article;

import java.util.Set;
import org.factdesk.base.RefusedException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * HTML to an article's title and paragraphs in one pass over the parsed page, each piece of text read once: the text
 * of paragraphs, headings, list items, quotes and cells, a blank line between blocks. A page cannot become more than
 * the limit (the conversion stops and refuses as soon as it would), nor nest deeper than a real article does: a
 * 2 MB file of nested lists once made a 300-million-character body, because each level repeated all the levels
 * inside it.
 */
final class HtmlArticleText {

    /** Deeper than any article; the parser stops nesting there, and a page that reaches it is refused. */
    static final int MAX_DEPTH = 100;
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form";
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "th", "dd", "dt");

    private HtmlArticleText() {
    }

    static ImportedText read(String html, int maxChars) {
        Document document = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, "");
        document.select(DROPPED).remove();
        String title = bounded(document.selectFirst("title"), maxChars, false);
        Element firstHeading = document.body().selectFirst("h1, h2");
        String heading = bounded(firstHeading, maxChars, false);
        if (title.isEmpty()) {
            title = heading;
        }
        if (firstHeading != null && heading.equals(title)) {
            firstHeading.remove();
        }
        String body = bounded(document.body(), maxChars, true);
        if (body.isEmpty()) {
            body = bounded(document.body(), maxChars, false);
        }
        return new ImportedText(title, body);
    }

    /**
     * The paragraphs under {@code root} of a page already parsed (with at most {@link #MAX_DEPTH} levels), navigation,
     * forms and scripts left out; the plain text under it when it holds no paragraph.
     */
    static String paragraphs(Element root, int maxChars) {
        root.select(DROPPED).remove();
        String body = bounded(root, maxChars, true);
        return body.isEmpty() ? bounded(root, maxChars, false) : body;
    }

    /** The text under {@code root}; with {@code blocksOnly}, only that inside block elements, as paragraphs. */
    private static String bounded(@Nullable Element root, int maxChars, boolean blocksOnly) {
        if (root == null) {
            return "";
        }
        Collector collector = new Collector(maxChars, blocksOnly);
        NodeTraversor.traverse(collector, root);
        return collector.text.toString();
    }

    /** Writes text with runs of white space as one space and block boundaries as a blank line, up to a limit. */
    private static final class Collector implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private final int maxChars;
        private final boolean blocksOnly;
        private int blockDepth;
        private boolean pendingSpace;
        private boolean pendingBreak;

        Collector(int maxChars, boolean blocksOnly) {
            this.maxChars = maxChars;
            this.blocksOnly = blocksOnly;
        }

        @Override
        public void head(Node node, int depth) {
            if (depth >= MAX_DEPTH - 1) {
                throw new RefusedException("file", "article.error.file-too-nested", MAX_DEPTH);
            }
            if (node instanceof TextNode textNode && (!blocksOnly || blockDepth > 0)) {
                append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (BLOCKS.contains(element.normalName())) {
                    blockDepth++;
                    pendingBreak = true;
                } else if (element.normalName().equals("br")) {
                    pendingSpace = true;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                blockDepth--;
                pendingBreak = true;
            }
        }

        private void append(String words) {
            for (int i = 0; i < words.length(); i++) {
                char c = words.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                    pendingSpace = true;
                    continue;
                }
                if (!text.isEmpty()) {
                    if (pendingBreak && blocksOnly) {
                        text.append("\n\n");
                    } else if (pendingSpace || pendingBreak) {
                        text.append(' ');
                    }
                }
                pendingBreak = false;
                pendingSpace = false;
                text.append(c);
                if (text.length() > maxChars) {
                    throw new RefusedException("file", "article.error.text-too-large", maxChars / (1024 * 1024));
                }
            }
        }
    }
}
