package org.factdesk.report;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.source.ReportedSource;
import org.jsoup.nodes.Element;

/** A claim's sources as a report cites them: title, publisher, address, and the fingerprint of the desk's copy. */
final class SourceList {

    private final ReportWords words;

    SourceList(ReportWords words) {
        this.words = words;
    }

    void appendTo(Element entry, List<ReportedSource> sources) {
        entry.appendElement("h4").text(words.getTranslation("report.html.sources", sources.size()));
        if (sources.isEmpty()) {
            entry.appendElement("p").addClass("note").text(words.getTranslation("report.html.no-sources"));
            return;
        }
        Element list = entry.appendElement("ol").addClass("sources");
        sources.forEach(source -> item(list.appendElement("li"), source));
    }

    private void item(Element item, ReportedSource source) {
        item.appendElement("span").addClass("source-title").text(source.title());
        if (source.publisher() != null && !source.publisher().isBlank()) {
            item.appendText(", " + source.publisher());
        }
        item.appendElement("br");
        item.appendElement("span").addClass("meta").text(String.join(" \u00b7 ", details(source)));
        item.appendElement("br");
        if (source.url() != null) {
            Links.url(item, source.url());
            item.appendElement("br");
        }
        source.files().forEach(file -> {
            item.appendElement("span").addClass("meta").text(words.getTranslation("report.html.file", file.name()) + " ");
            item.appendElement("span").addClass("hash").text("SHA-256 " + file.sha256());
            item.appendElement("br");
        });
        Element archive = item.appendElement("span").addClass("meta");
        if (source.archiveSha256() != null) {
            archive.text(words.getTranslation("report.html.archived", words.dateTime(source.archiveFetchedAt())) + " ");
            item.appendElement("span").addClass("hash").text("SHA-256 " + source.archiveSha256());
        } else {
            archive.text(words.getTranslation("report.html.not-archived"));
        }
    }

    private List<String> details(ReportedSource source) {
        List<String> details = new ArrayList<>();
        details.add(words.getTranslation("source.kind." + source.kind().name()));
        details.add(words.getTranslation("source.reliability." + source.reliability().name()));
        if (source.accessedOn() != null) {
            details.add(words.getTranslation("report.html.accessed", words.date(source.accessedOn())));
        }
        return details;
    }
}
