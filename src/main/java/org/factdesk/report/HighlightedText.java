package org.factdesk.report;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleDetails;
import org.factdesk.extraction.TextPart;
import org.jsoup.nodes.Element;

/**
 * The article's title and text with each reported claim marked in its verdict's colour and numbered where it starts,
 * placed by its anchor (part and offsets). Overlapping claims cut the text into pieces, each marked for the
 * narrowest claim covering it. Claims whose words are no longer in the article are listed in a note instead.
 */
final class HighlightedText {

    private final ArticleReport report;
    private final ReportWords words;

    HighlightedText(ArticleReport report, ReportWords words) {
        this.report = report;
        this.words = words;
    }

    /** A claim placed in the text: its number, anchor and marking colour. */
    private record Placed(int number, TextPart part, int start, int end, String colour, boolean published) {
    }

    void appendTo(Element page) {
        ArticleDetails article = report.article();
        page.appendElement("h2").addClass("new-page")
                .text(words.getTranslation("report.html.article-text"));
        page.appendElement("p").addClass("note").text(words.getTranslation("report.html.article-text-note"));
        List<Placed> placed = report.claims().stream().filter(numbered -> !numbered.claim().anchorLost())
                .map(numbered -> placed(numbered.number(), numbered.claim())).toList();
        Element text = page.appendElement("div").addClass("article-text").attr("lang", article.language());
        appendLine(text.appendElement("h3").addClass("article-title"), TextPart.TITLE, article.title(), 0, placed);
        int offset = 0;
        // Offsets count the body as stored, line breaks included: the same lines the workspace shows.
        for (String line : article.body().split("\n", -1)) {
            if (!line.isBlank()) {
                appendLine(text.appendElement("p"), TextPart.BODY, line, offset, placed);
            }
            offset += line.length() + 1;
        }
        lostAnchors(page);
    }

    private Placed placed(int number, ReportedClaim claim) {
        String colour = report.rating(claim.approvedRatingId()).map(Swatches::colour).orElse(Swatches.NEUTRAL);
        return new Placed(number, claim.part(), claim.start(), claim.end(), colour,
                claim.approvedRatingId() != null);
    }

    private void appendLine(Element block, TextPart part, String line, int lineStart, List<Placed> placed) {
        int lineEnd = lineStart + line.length();
        List<Placed> inLine = placed.stream().filter(claim -> claim.part() == part && claim.start() < lineEnd
                && claim.end() > lineStart).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(lineStart, lineEnd));
        inLine.forEach(claim -> {
            cuts.add(Math.max(claim.start(), lineStart));
            cuts.add(Math.min(claim.end(), lineEnd));
        });
        int from = cuts.first();
        for (int to : cuts.tailSet(from, false)) {
            int pieceStart = from;
            inLine.stream().filter(claim -> claim.start() == pieceStart)
                    .sorted(Comparator.comparingInt(Placed::number))
                    .forEach(claim -> block.appendElement("span").addClass("hl-no")
                            .attr("style", "background-color: " + claim.colour() + "; color: "
                                    + Swatches.textOn(claim.colour()) + ";")
                            .text(Integer.toString(claim.number())));
            piece(block, line.substring(from - lineStart, to - lineStart), covering(inLine, from, to));
            from = to;
        }
    }

    private static void piece(Element block, String text, List<Placed> covering) {
        if (covering.isEmpty()) {
            block.appendText(text);
            return;
        }
        Placed narrowest = covering.stream().min(Comparator.comparingInt(claim -> claim.end() - claim.start()))
                .orElseThrow();
        Element mark = block.appendElement("span").addClass("hl").text(text);
        if (narrowest.published()) {
            // A tint, no underline: the PDF renderer draws an inline border only on part of a wrapped line.
            mark.attr("style", "background-color: " + Swatches.tint(narrowest.colour(), 0.25) + ";");
        } else {
            mark.addClass("hl-none");
        }
    }

    private static List<Placed> covering(List<Placed> claims, int from, int to) {
        return claims.stream().filter(claim -> claim.start() <= from && claim.end() >= to).toList();
    }

    private void lostAnchors(Element page) {
        String lost = report.claims().stream().filter(numbered -> numbered.claim().anchorLost())
                .map(numbered -> Integer.toString(numbered.number())).collect(Collectors.joining(", "));
        if (!lost.isEmpty()) {
            page.appendElement("p").addClass("note").text(words.getTranslation("report.html.anchor-lost", lost));
        }
    }
}
