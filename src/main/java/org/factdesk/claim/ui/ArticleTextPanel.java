package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.HtmlContainer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.factdesk.article.ArticleDetails;
import org.factdesk.claim.ClaimSpan;
import org.factdesk.extraction.TextPart;
import org.jspecify.annotations.Nullable;

/**
 * The article's title and text with every claim highlighted (colour by status, number by article order). Overlapping
 * claims split the text into pieces; a piece covered by several claims is marked and a click picks the innermost.
 * All text goes in with {@code setText}: article text is shown as text, whatever it contains.
 */
class ArticleTextPanel extends Div {

    private final Consumer<Long> onClaimClicked;
    private final Map<Long, List<Span>> highlights = new HashMap<>();
    private long selected = -1;
    private @Nullable ArticleDetails shownArticle;
    private List<ClaimSpan> shownSpans = List.of();

    ArticleTextPanel(Consumer<Long> onClaimClicked) {
        this.onClaimClicked = onClaimClicked;
        setId("article-text");
        addClassName("fd-article-text");
    }

    void show(ArticleDetails article, List<ClaimSpan> spans) {
        render(article, spans);
        highlight(selected);
    }

    /**
     * Draws the text again after a colleague's change, but only if the article or a claim's place, number or status
     * changed (drawing it again drops a selection of words the editor may be making), and without scrolling.
     */
    void update(ArticleDetails article, List<ClaimSpan> spans) {
        if (!article.equals(shownArticle) || !spans.equals(shownSpans)) {
            render(article, spans);
            mark(selected);
        }
    }

    private void render(ArticleDetails article, List<ClaimSpan> spans) {
        shownArticle = article;
        shownSpans = List.copyOf(spans);
        removeAll();
        highlights.clear();
        addPart(new H3(), TextPart.TITLE, article.title(), spans);
        int offset = 0;
        for (String line : article.body().split("\n", -1)) {
            if (!line.isBlank()) {
                addPart(new Paragraph(), TextPart.BODY, line, spans, offset);
            }
            offset += line.length() + 1;
        }
    }

    /** Marks the claim's highlight as the selected one and scrolls it into view. */
    void highlight(long claimId) {
        List<Span> spans = mark(claimId);
        if (!spans.isEmpty()) {
            spans.getFirst().scrollIntoView();
        }
    }

    private List<Span> mark(long claimId) {
        highlights.getOrDefault(selected, List.of()).forEach(span -> span.removeClassName("fd-hl-selected"));
        selected = claimId;
        List<Span> spans = highlights.getOrDefault(claimId, List.of());
        spans.forEach(span -> span.addClassName("fd-hl-selected"));
        return spans;
    }

    private void addPart(HtmlContainer block, TextPart part, String text, List<ClaimSpan> spans) {
        addPart(block, part, text, spans, 0);
    }

    private void addPart(HtmlContainer block, TextPart part, String line, List<ClaimSpan> spans, int lineStart) {
        block.getElement().setAttribute("data-part", part.name());
        int lineEnd = lineStart + line.length();
        List<ClaimSpan> inLine = spans.stream().filter(span -> span.part() == part && !span.anchorLost()
                && span.start() < lineEnd && span.end() > lineStart).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(lineStart, lineEnd));
        inLine.forEach(span -> {
            cuts.add(Math.max(span.start(), lineStart));
            cuts.add(Math.min(span.end(), lineEnd));
        });
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int pieceStart = from;
            inLine.stream().filter(span -> span.start() == pieceStart)
                    .sorted(Comparator.comparingInt(ClaimSpan::number)).forEach(span -> block.add(number(span)));
            block.add(piece(line.substring(from - lineStart, to - lineStart), from, covering(inLine, from, to)));
            from = to;
        }
        add(block);
    }

    private Component number(ClaimSpan span) {
        Span number = new Span(Integer.toString(span.number()));
        number.addClassName("fd-num");
        number.addClassName("fd-status-" + span.status().name().toLowerCase(Locale.ROOT));
        number.addClickListener(click -> onClaimClicked.accept(span.id()));
        return number;
    }

    private Span piece(String text, int offset, List<ClaimSpan> covering) {
        Span piece = new Span(text);
        piece.getElement().setAttribute("data-offset", Integer.toString(offset));
        if (!covering.isEmpty()) {
            ClaimSpan innermost = covering.stream().min(Comparator.comparingInt(span -> span.end() - span.start()))
                    .orElseThrow();
            piece.addClassNames("fd-hl", "fd-status-" + innermost.status().name().toLowerCase(Locale.ROOT));
            if (covering.size() > 1) {
                piece.addClassName("fd-hl-overlap");
            }
            if (innermost.suggested()) {
                piece.addClassName("fd-hl-suggested");
            }
            piece.addClickListener(click -> onClaimClicked.accept(innermost.id()));
            covering.forEach(span -> highlights.computeIfAbsent(span.id(), id -> new ArrayList<>()).add(piece));
        }
        return piece;
    }

    private static List<ClaimSpan> covering(List<ClaimSpan> spans, int from, int to) {
        return spans.stream().filter(span -> span.start() <= from && span.end() >= to).toList();
    }
}
